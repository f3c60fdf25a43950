#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

namespace DriveDeck {

// Every setting DriveDeck keeps, with its key and default in one place. The stored settings
// carry a version; migrate() brings older ones up to date, writing new keys before it removes
// old ones so a crash in between loses nothing. One instance per process, made at start-up and
// passed to whoever needs it, so that changed() reaches every reader.
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr int CurrentVersion = 1;
    // The keys changed() names.
    static const QString DatabaseUrlKey;
    static const QString LanguageKey;
    static const QString FacilitatorNameKey;
    static const QString MinimumGroupSizeKey;
    static const QString ProjectorScreenKey;
    // The fewest people whose picks are shown as a profile (key figures, charts, report).
    static constexpr int DefaultMinimumGroupSize = 5;
    static constexpr int MaximumMinimumGroupSize = 30;

    // The user's settings (QSettings' default location for DriveDeck).
    explicit Settings(QObject *parent = nullptr);
    // Settings in a file of their own (tests, portable installs).
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);

    int version() const;
    void migrate();

    // The shared database, as a URL without password; empty for the embedded SQLite default.
    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);
    // "en", "nl", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);
    // Shown to colleagues when a save conflicts ("changed by Kim").
    QString facilitatorName() const;
    void setFacilitatorName(const QString &name);
    // Fewer people than this in a round or group: no profile of them on their own (support,
    // not surveillance). 1 to 30; anything else is brought into that range.
    int minimumGroupSize() const;
    void setMinimumGroupSize(int people);
    // The screen (its name) that full screen and the projector view go to; empty: a screen
    // other than the window's when there is one.
    QString projectorScreen() const;
    void setProjectorScreen(const QString &screenName);

    void sync() { m_settings.sync(); }
    // Settings() or Settings(file) made elsewhere see what this one wrote (tests, two windows).
    QString fileName() const { return m_settings.fileName(); }

Q_SIGNALS:
    void changed(const QString &key);

private:
    void setValue(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace DriveDeck
