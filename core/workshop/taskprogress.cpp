#include "workshop/taskprogress.h"

namespace DriveDeck {

std::shared_ptr<TaskProgress> TaskProgress::create()
{
    return std::shared_ptr<TaskProgress>(new TaskProgress,
                                         [](TaskProgress *progress) { progress->deleteLater(); });
}

ProgressCallback TaskProgress::callback(const QString &stage)
{
    return [this, stage](qint64 done, qint64 total) {
        // Emitted from the job's thread: queued to whoever listens on theirs.
        Q_EMIT progressed(done, total, stage);
        return !m_cancelled;
    };
}

void TaskProgress::setStage(const QString &stage)
{
    Q_EMIT progressed(0, 0, stage);
}

void TaskProgress::cancel()
{
    if (m_cancelled.exchange(true))
        return;
    Q_EMIT cancelled();
}

} // namespace DriveDeck
