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
        tell(tr("Database not available"), error.message());
        Q_EMIT gaveUp(error);
        return;
    }
    // Each question is shown, not waited for: the answer continues the connection.
    if (error.kind() == Error::Kind::AuthenticationNeeded) {
        if (passwordAttempts >= MaxPasswordAttempts) {
            fallBack();
            return;
        }
        auto *ask = new QInputDialog(m_window);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Database password"));
        ask->setLabelText(
            passwordAttempts == 0 && config.password.isEmpty()
                ? tr("Password for %1:").arg(config.displayUrl())
                : tr("That password was not accepted. Password for %1:").arg(config.displayUrl()));
        ask->setTextEchoMode(QLineEdit::Password);
        connect(ask, &QInputDialog::textValueSelected, this,
                [this, config, passwordAttempts](const QString &password) {
                    DatabaseConfig withPassword = config;
                    withPassword.password = password;
                    attempt(withPassword, passwordAttempts + 1);
                });
        connect(ask, &QDialog::rejected, this, &DatabaseConnector::fallBack);
        ask->open();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Shared database not available"),
                                tr("DriveDeck cannot use the shared database."),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.message());
    QPushButton *retry = box->addButton(tr("Try Again"), QMessageBox::AcceptRole);
    box->addButton(tr("Use This Computer's Database"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, retry, config, passwordAttempts] {
        if (box->clickedButton() == retry)
            attempt(config, passwordAttempts);
        else
            fallBack();
    });
    box->open();
}

void DatabaseConnector::tell(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
        tell(tr("Database not available"), status.errorMessage());
        Q_EMIT gaveUp(status.error());
    });
}

} // namespace DriveDeck
