#include "preferences/settingsdialog.h"

#include "decks/decklibrary.h"
#include "preferences/screenchoice.h"
#include "settings/settings.h"
#include "translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace DriveDeck {

SettingsDialog::SettingsDialog(Settings &settings, const QString &databaseText, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(
        tr("As the system (%1)").arg(Translations::nativeName(Translations::systemLanguage())),
        QString());
    for (const QString &language : Translations::availableLanguages())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));

    m_facilitator = new QLineEdit(settings.facilitatorName());
    m_facilitator->setObjectName(QStringLiteral("facilitatorName"));
    m_facilitator->setPlaceholderText(tr("Your name"));
    m_facilitator->setAccessibleName(tr("Facilitator"));

    m_database = new QLabel(databaseText);
    m_database->setObjectName(QStringLiteral("databaseText"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeDatabase = new QPushButton(tr("Change…"));
    m_changeDatabase->setAccessibleName(tr("Change the database"));
    connect(m_changeDatabase, &QPushButton::clicked, this,
            &SettingsDialog::databaseChangeRequested);
    auto *database = new QHBoxLayout;
    database->addWidget(m_database, 1);
    database->addWidget(m_changeDatabase);

    m_minimumGroup = new QSpinBox;
    m_minimumGroup->setObjectName(QStringLiteral("minimumGroupSize"));
    m_minimumGroup->setRange(1, Settings::MaximumMinimumGroupSize);
    m_minimumGroup->setValue(settings.minimumGroupSize());
    m_minimumGroup->setSuffix(tr(" people"));
    m_minimumGroup->setAccessibleName(tr("Smallest group shown as a profile"));
    m_minimumGroup->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_projector = new QComboBox;
    m_projector->setObjectName(QStringLiteral("projectorScreen"));
    m_projector->setAccessibleName(tr("Projector screen"));
    fillScreens();
    // A projector plugged in (or out) while the dialog is open.
    connect(qApp, &QGuiApplication::screenAdded, this, &SettingsDialog::fillScreens);
    connect(qApp, &QGuiApplication::screenRemoved, this, &SettingsDialog::fillScreens);

    // Photo decks: the facilitator's own pictures for the cards.
    m_decks = new QListWidget;
    m_decks->setObjectName(QStringLiteral("photoDecks"));
    m_decks->setAccessibleName(tr("Photo decks"));
    m_decks->setMaximumHeight(m_decks->fontMetrics().height() * 6);
    m_importFolder = new QPushButton(tr("Import &Folder…"));
    m_importZip = new QPushButton(tr("Import &Zip…"));
    m_removeDeck = new QPushButton(tr("&Remove"));
    m_removeDeck->setAccessibleName(tr("Remove the selected deck"));
    m_deckStatus = new QLabel;
    m_deckStatus->setObjectName(QStringLiteral("deckStatus"));
    m_deckStatus->setWordWrap(true);
    connect(m_importFolder, &QPushButton::clicked, this, [this] { chooseDeckToImport(false); });
    connect(m_importZip, &QPushButton::clicked, this, [this] { chooseDeckToImport(true); });
    connect(m_removeDeck, &QPushButton::clicked, this, &SettingsDialog::removeChosenDeck);
    connect(m_decks, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeDeck->setEnabled(row >= 0); });
    fillDecks();
    auto *deckButtons = new QHBoxLayout;
    deckButtons->addWidget(m_importFolder);
    deckButtons->addWidget(m_importZip);
    deckButtons->addWidget(m_removeDeck);
    deckButtons->addStretch(1);
    auto *decks = new QVBoxLayout;
    decks->addWidget(m_decks);
    decks->addLayout(deckButtons);
    decks->addWidget(m_deckStatus);

    auto help = [](const QString &text) {
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        label->setPalette(palette);
        return label;
    };

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(QString(), help(tr("New sessions name you as facilitator, and colleagues see "
                                    "your name when you both change one session.")));
    auto *databaseLabel = new QLabel(tr("&Database:"));
    databaseLabel->setBuddy(m_changeDatabase);
    form->addRow(databaseLabel, database);
    form->addRow(tr("&Smallest group:"), m_minimumGroup);
    form->addRow(QString(),
                 help(tr("Fewer people than this are not shown as a profile of their own: it "
                         "would say more about the individuals than about the group.")));
    form->addRow(tr("&Projector screen:"), m_projector);
    form->addRow(QString(), help(tr("Full screen (F11) goes to this screen.")));
    auto *decksLabel = new QLabel(tr("P&hoto decks:"));
    decksLabel->setBuddy(m_decks);
    form->addRow(decksLabel, decks);
    form->addRow(QString(),
                 help(tr("A folder or zip with a picture per drive, named by drive (loyalty.jpg) "
                         "or by number (02.jpg), or listed in a deck.json. A session chooses its "
                         "deck on its set-up page.")));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

void SettingsDialog::fillDecks()
{
    m_decks->clear();
    for (const PhotoDeck &deck : DeckLibrary().decks()) {
        const QString credit = deck.credit();
        auto *item = new QListWidgetItem(
            credit.isEmpty() ? deck.name : tr("%1 — %2").arg(deck.name, credit), m_decks);
        item->setData(Qt::UserRole, deck.name);
    }
    if (m_decks->count() == 0) {
        auto *none =
            new QListWidgetItem(tr("None yet: the cards show DriveDeck's own pictures."), m_decks);
        none->setFlags(Qt::NoItemFlags);
    }
    m_removeDeck->setEnabled(false);
}

QStringList SettingsDialog::deckLines() const
{
    QStringList lines;
    for (int row = 0; row < m_decks->count(); ++row)
        lines << m_decks->item(row)->text();
    return lines;
}

void SettingsDialog::chooseDeckToImport(bool zip)
{
    const QString path = zip ? QFileDialog::getOpenFileName(this, tr("Import a Photo Deck"),
                                                            QString(), tr("Zip archives (*.zip)"))
                             : QFileDialog::getExistingDirectory(this, tr("Import a Photo Deck"));
    if (!path.isEmpty())
        importDeck(path);
}

void SettingsDialog::importDeck(const QString &path)
{
    m_deckStatus->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    for (QPushButton *button : {m_importFolder, m_importZip, m_removeDeck})
        button->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString problem = watcher->result();
        m_importFolder->setEnabled(true);
        m_importZip->setEnabled(true);
        fillDecks();
        m_deckStatus->setText(problem.isEmpty() ? tr("Imported.") : problem);
        Q_EMIT decksChanged(problem);
    });
    // Every picture is checked, which takes a moment for big photos: not on the window's thread.
    watcher->setFuture(QtConcurrent::run([path]() -> QString {
        const Result<PhotoDeck> deck = DeckLibrary().import(path);
        return deck ? QString() : deck.errorMessage();
    }));
}

void SettingsDialog::removeChosenDeck()
{
    const QListWidgetItem *item = m_decks->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Remove Photo Deck"),
                              tr("Remove the photo deck “%1” from this computer? Sessions that "
                                 "use it show DriveDeck's own pictures until it is imported "
                                 "again.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    const Status removed = DeckLibrary().remove(name);
    fillDecks();
    m_deckStatus->setText(removed ? tr("Removed “%1”.").arg(name) : removed.errorMessage());
    Q_EMIT decksChanged(removed ? QString() : removed.errorMessage());
}

void SettingsDialog::fillScreens()
{
    const QString chosen =
        m_projector->count() > 0 ? projectorScreen() : m_settings.projectorScreen();
    m_projector->clear();
    m_projector->addItem(tr("Automatic: a second screen when there is one"), QString());
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QSize size = screen->size();
        const QString key = ScreenChoice::key(screen);
        m_projector->addItem(tr("%1 (%2 × %3)").arg(key).arg(size.width()).arg(size.height()), key);
    }
    int index = m_projector->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        // Remembered, but not connected now: kept, and said so.
        m_projector->addItem(tr("%1 (not connected)").arg(chosen), chosen);
        index = m_projector->count() - 1;
    }
    m_projector->setCurrentIndex(qMax(0, index));
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::facilitatorName() const
{
    return m_facilitator->text().trimmed();
}

int SettingsDialog::minimumGroupSize() const
{
    return m_minimumGroup->value();
}

QString SettingsDialog::projectorScreen() const
{
    return m_projector->currentData().toString();
}

void SettingsDialog::setDatabaseText(const QString &text)
{
    m_database->setText(text);
}

void SettingsDialog::apply()
{
    m_settings.setLanguage(language());
    m_settings.setFacilitatorName(facilitatorName());
    m_settings.setMinimumGroupSize(minimumGroupSize());
    m_settings.setProjectorScreen(projectorScreen());
}

} // namespace DriveDeck
