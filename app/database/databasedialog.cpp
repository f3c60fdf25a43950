#include "database/databasedialog.h"
#include "look/problemtext.h"

#include "store/databaseconfig.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace DriveDeck {

DatabaseDialog::DatabaseDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Database"));
    m_embedded = new QRadioButton(tr("This computer"));
    auto *embeddedPath = new QLabel(DatabaseConfig::defaultSqlite().displayUrl());
    embeddedPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    embeddedPath->setIndent(24);
    embeddedPath->setForegroundRole(QPalette::PlaceholderText);
    m_shared = new QRadioButton(tr("A shared PostgreSQL database"));
    m_url = new QLineEdit;
    m_url->setPlaceholderText(QStringLiteral("postgresql://kim@db.example.org:5432/drivedeck"));
    m_url->setClearButtonEnabled(true);
    auto *urlHint = new QLabel(tr("DriveDeck asks for the password when it connects and does "
                                  "not store it."));
    urlHint->setWordWrap(true);
    urlHint->setForegroundRole(QPalette::PlaceholderText);
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Shown to colleagues when you both change a session"));
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    ProblemText::style(m_problem);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    connect(m_embedded, &QRadioButton::toggled, this, &DatabaseDialog::updateEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Your name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Where sessions are saved</b>")));
    layout->addWidget(m_embedded);
    layout->addWidget(embeddedPath);
    layout->addWidget(m_shared);
    layout->addWidget(m_url);
    layout->addWidget(urlHint);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_embedded->setChecked(true);
    updateEnabled();
    resize(520, sizeHint().height());
}

QString DatabaseDialog::databaseUrl() const
{
    return m_shared->isChecked() ? m_url->text().trimmed() : QString();
}

void DatabaseDialog::setDatabaseUrl(const QString &url)
{
    (url.isEmpty() ? m_embedded : m_shared)->setChecked(true);
    m_url->setText(url);
    updateEnabled();
}

QString DatabaseDialog::facilitatorName() const
{
    return m_name->text().trimmed();
}

void DatabaseDialog::setFacilitatorName(const QString &name)
{
    m_name->setText(name);
}

void DatabaseDialog::updateEnabled()
{
    m_url->setEnabled(m_shared->isChecked());
}

void DatabaseDialog::accept()
{
    if (m_shared->isChecked()) {
        const Result<DatabaseConfig> config = DatabaseConfig::fromUrl(m_url->text());
        if (!config || !config->isPostgres()) {
            m_problem->setText(config ? tr("Give a postgresql:// address.")
                                      : config.errorMessage());
            m_problem->show();
            m_url->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace DriveDeck
