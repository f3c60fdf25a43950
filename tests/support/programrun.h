#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace DriveDeck::Testing {

// What a program said and how it ended: exit code -1 when it did not end in time, -2 when it
// crashed.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a program run as a person would, but with no display at all and with
// settings, data and runtime folders of its own under folder.
inline QProcessEnvironment isolatedEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(folder).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(folder).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
    return env;
}

// Runs program to its end (at most a minute) in isolatedEnvironment(folder), with extra
// variables on top.
inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             const QString &folder, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = isolatedEnvironment(folder);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace DriveDeck::Testing
