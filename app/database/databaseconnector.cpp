#include "database/databaseconnector.h"

#include "workshop/sessionlibrary.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace DriveDeck {

namespace {
constexpr int MaxPasswordAttempts = 3;
}

DatabaseConnector::DatabaseConnector(SessionLibrary *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
{}

void DatabaseConnector::connectTo(const DatabaseConfig &config)
{
    m_connecting = true;
    attempt(config, 0);
}

void DatabaseConnector::attempt(const DatabaseConfig &config, int passwordAttempts)
{
    Q_EMIT connecting(config.displayUrl());
    m_library->open(config, [this, config, passwordAttempts](const Status &status) {
        if (status) {
            m_connecting = false;
            Q_EMIT connected(config);
            return;
        }
        failed(config, status.error(), passwordAttempts);
    });
}

void DatabaseConnector::failed(const DatabaseConfig &config, const Error &error,
                               int passwordAttempts)
{
    if (!config.isPostgres()) {
        m_connecting = false;
        QMessageBox::critical(m_window, tr("Database not available"), error.message());
        Q_EMIT gaveUp(error);
        return;
    }
    if (error.kind() == Error::Kind::AuthenticationNeeded &&
        passwordAttempts < MaxPasswordAttempts) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            m_window, tr("Database password"),
            passwordAttempts == 0 && config.password.isEmpty()
                ? tr("Password for %1:").arg(config.displayUrl())
                : tr("That password was not accepted. Password for %1:").arg(config.displayUrl()),
            QLineEdit::Password, QString(), &ok);
        if (ok) {
            DatabaseConfig withPassword = config;
            withPassword.password = password;
            attempt(withPassword, passwordAttempts + 1);
            return;
        }
    } else if (error.kind() != Error::Kind::AuthenticationNeeded) {
        QMessageBox box(QMessageBox::Warning, tr("Shared database not available"),
                        tr("DriveDeck cannot use the shared database."), QMessageBox::NoButton,
                        m_window);
        box.setInformativeText(error.message());
        QPushButton *retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
        box.addButton(tr("Use This Computer's Database"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == retry) {
            attempt(config, passwordAttempts);
            return;
        }
    }
    fallBack();
}

void DatabaseConnector::fallBack()
{
    // The embedded database is always there: work goes on and can be moved later.
    const DatabaseConfig local = DatabaseConfig::defaultSqlite();
    Q_EMIT connecting(local.displayUrl());
    m_library->open(local, [this, local](const Status &status) {
        m_connecting = false;
        if (status) {
            Q_EMIT connected(local);
            return;
        }
        QMessageBox::critical(m_window, tr("Database not available"), status.errorMessage());
        Q_EMIT gaveUp(status.error());
    });
}

} // namespace DriveDeck
