#pragma once

#include "domain/progress.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace DriveDeck {

// A long job's progress, shared between the thread that does the job and the window that shows
// it: the job reports through callback() (from any thread); the window hears progressed() on
// its own thread and may cancel(), which the job learns at its next report.
class TaskProgress : public QObject
{
    Q_OBJECT

public:
    // Shared by the job's thread and the window's: whichever lets go last, the object is
    // deleted on its own thread.
    static std::shared_ptr<TaskProgress> create();

    // For the job, one per stage ("Saving picks"): reports done of total, false once cancelled.
    ProgressCallback callback(const QString &stage);
    // Between stages.
    void setStage(const QString &stage);

    void cancel();
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    // total 0: how long it takes is not known yet.
    void progressed(qint64 done, qint64 total, const QString &stage);
    void cancelled();

private:
    TaskProgress() = default;

    std::atomic<bool> m_cancelled{false};
};

} // namespace DriveDeck
