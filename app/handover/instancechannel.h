#pragma once

#include "shell/outputscreens.h"

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <QStringList>

namespace DriveDeck {

// How a second start hands its files to the DriveDeck already running for this user: a
// double-clicked session file opens in the window that is there, instead of in a second window
// on the same database. A private socket in the user's runtime folder; the files travel as
// absolute paths, and the running window imports them through its own queue, one at a time.
class InstanceChannel : public FileHandOver
{
    Q_OBJECT

public:
    // A socket in the user's runtime folder (XDG_RUNTIME_DIR), readable by that user alone.
    static QString defaultName();

    explicit InstanceChannel(QString name = defaultName(), QObject *parent = nullptr);

    // Hands files to the DriveDeck listening on name; true once it has taken them, false when
    // none answers within timeoutMs (then this start opens its own window).
    static bool handOver(const QStringList &files, const QString &name = defaultName(),
                         int timeoutMs = 3000);

    // Listens for later starts; false when another DriveDeck already does. A socket left by a
    // DriveDeck that crashed is taken over.
    bool listen() override;
    bool isListening() const { return m_server.isListening(); }

private:
    void accept();

    QString m_name;
    QLocalServer m_server;
};

} // namespace DriveDeck
