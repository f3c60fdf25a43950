#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace DriveDeck {

class Settings;

// Edit › Settings: the language, the facilitator's name, the database, the smallest group shown
// as a profile and the projector screen, over the one typed Settings. OK writes them; the
// database is changed in its own dialog, which the Change button asks for.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings &settings, const QString &databaseText, QWidget *parent = nullptr);

    // "" follows the system.
    QString language() const;
    QString facilitatorName() const;
    int minimumGroupSize() const;
    // "" lets DriveDeck choose a screen other than the window's.
    QString projectorScreen() const;
    void setDatabaseText(const QString &text);

    // Writes what the dialog shows into the settings (OK does it).
    void apply();
    // Imports a folder or zip into the decks folder, off the window's thread; the answer, an
    // error message or nothing, comes with decksChanged.
    void importDeck(const QString &path);
    // The deck list's text, one line per deck (for tests).
    QStringList deckLines() const;

Q_SIGNALS:
    void databaseChangeRequested();
    void decksChanged(const QString &problem);

private:
    void fillScreens();
    void fillDecks();
    void chooseDeckToImport(bool zip);
    void removeChosenDeck();

    Settings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QLabel *m_database = nullptr;
    QPushButton *m_changeDatabase = nullptr;
    QSpinBox *m_minimumGroup = nullptr;
    QComboBox *m_projector = nullptr;
    QListWidget *m_decks = nullptr;
    QPushButton *m_importFolder = nullptr;
    QPushButton *m_importZip = nullptr;
    QPushButton *m_removeDeck = nullptr;
    QLabel *m_deckStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace DriveDeck
