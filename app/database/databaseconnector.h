#pragma once

#include "domain/result.h"
#include "store/databaseconfig.h"

#include <QObject>

class QWidget;

namespace DriveDeck {

class SessionLibrary;

// Connects the library to a database without freezing the window, and talks the facilitator
// through what goes wrong: asks for the PostgreSQL password when the server wants one (kept in
// memory only), offers to try again when the server cannot be reached, and falls back to this
// computer's database, so that a facilitator in front of a group always has a place to save.
class DatabaseConnector : public QObject
{
    Q_OBJECT

public:
    DatabaseConnector(SessionLibrary *library, QWidget *window);

    void connectTo(const DatabaseConfig &config);
    bool isConnecting() const { return m_connecting; }

Q_SIGNALS:
    void connecting(const QString &displayUrl);
    // The library uses config now (for the shared database, or the fallback).
    void connected(const DriveDeck::DatabaseConfig &config);
    // Nothing could be opened; the library keeps what it had.
    void gaveUp(const DriveDeck::Error &error);

private:
    void attempt(const DatabaseConfig &config, int passwordAttempts);
    void failed(const DatabaseConfig &config, const Error &error, int passwordAttempts);
    void fallBack();
    void tell(const QString &title, const QString &message);

    SessionLibrary *m_library;
    QWidget *m_window;
    bool m_connecting = false;
};

} // namespace DriveDeck
