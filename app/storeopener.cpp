#include "storeopener.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace DriveDeck {

bool StoreOpener::needsPassword(const QString &error)
{
    const QString lowered = error.toLower();
    return lowered.contains(QStringLiteral("password")) ||
           lowered.contains(QStringLiteral("fe_sendauth"));
}

std::unique_ptr<SessionStore> StoreOpener::open(DatabaseConfig config, QWidget *parent)
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        Result<std::unique_ptr<SessionStore>> store = SessionStore::open(config);
        if (store)
            return std::move(store).value();
        if (config.isPostgres() && needsPassword(store.errorMessage())) {
            bool ok = false;
            const QString password = QInputDialog::getText(
                parent, tr("Database password"),
                attempt == 0 ? tr("Password for %1:").arg(config.displayUrl())
                             : tr("That password was not accepted. Password for %1:")
                                   .arg(config.displayUrl()),
                QLineEdit::Password, QString(), &ok);
            if (ok) {
                config.password = password;
                continue;
            }
        } else if (config.isPostgres()) {
            QMessageBox box(QMessageBox::Warning, tr("Shared database not available"),
                            tr("DriveDeck cannot use the shared database."), QMessageBox::NoButton,
                            parent);
            box.setInformativeText(store.errorMessage());
            QPushButton *retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
            box.addButton(tr("Use This Computer's Database"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() == retry)
                continue;
        } else {
            QMessageBox::critical(parent, tr("Database not available"), store.errorMessage());
            return nullptr;
        }
        break;
    }
    if (!config.isPostgres())
        return nullptr;
    // The embedded database is always there: work goes on and can be moved later.
    Result<std::unique_ptr<SessionStore>> local =
        SessionStore::open(DatabaseConfig::defaultSqlite());
    if (!local) {
        QMessageBox::critical(parent, tr("Database not available"), local.errorMessage());
        return nullptr;
    }
    return std::move(local).value();
}

} // namespace DriveDeck
