#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QLabel;

namespace DriveDeck {

// Where sessions are saved: this computer's database, or an organisation's shared PostgreSQL
// database. The password is asked for when connecting and never stored.
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseDialog(QWidget *parent = nullptr);

    // Empty for the embedded database.
    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);
    QString facilitatorName() const;
    void setFacilitatorName(const QString &name);

    void accept() override;

private:
    void updateEnabled();

    QRadioButton *m_embedded = nullptr;
    QRadioButton *m_shared = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace DriveDeck
