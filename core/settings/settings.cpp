#include "settings/settings.h"

#include "store/databaseconfig.h"

#include <algorithm>

namespace DriveDeck {

const QString Settings::DatabaseUrlKey = QStringLiteral("database/url");
const QString Settings::LanguageKey = QStringLiteral("interface/language");
const QString Settings::FacilitatorNameKey = QStringLiteral("facilitator/name");
const QString Settings::MinimumGroupSizeKey = QStringLiteral("profile/minimumGroupSize");
const QString Settings::ProjectorScreenKey = QStringLiteral("projector/screen");

namespace Keys {
const QString Version = QStringLiteral("settings/version");
const QString &DatabaseUrl = Settings::DatabaseUrlKey;
const QString &Language = Settings::LanguageKey;
const QString &FacilitatorName = Settings::FacilitatorNameKey;
} // namespace Keys

Settings::Settings(QObject *parent)
    : QObject(parent)
{
    migrate();
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(iniFile, QSettings::IniFormat)
{
    migrate();
}

int Settings::version() const
{
    // Nothing stored is as new as it gets; stored values without a version are from before.
    return m_settings.value(Keys::Version, m_settings.allKeys().isEmpty() ? CurrentVersion : 0)
        .toInt();
}

void Settings::migrate()
{
    const int from = version();
    if (from >= CurrentVersion)
        return;
    // Nothing stored yet: nothing to bring up to date, and no file is made just by looking
    // (drivedeck --help leaves no settings behind). The first value stored marks the version.
    if (m_settings.allKeys().isEmpty())
        return;
    // Version 0 -> 1: the first versioned settings. A database URL written with its password
    // (by hand) is rewritten without it: passwords never stay on disk in clear text.
    const QString url = m_settings.value(Keys::DatabaseUrl).toString();
    if (!url.isEmpty()) {
        const Result<DatabaseConfig> config = DatabaseConfig::fromUrl(url);
        if (config && config->isPostgres() && !config->password.isEmpty())
            m_settings.setValue(Keys::DatabaseUrl, config->displayUrl());
    }
    m_settings.setValue(Keys::Version, CurrentVersion);
    m_settings.sync();
}

QString Settings::databaseUrl() const
{
    return m_settings.value(Keys::DatabaseUrl).toString();
}

void Settings::setDatabaseUrl(const QString &url)
{
    QString safe = url;
    const Result<DatabaseConfig> config = DatabaseConfig::fromUrl(url);
    if (config && config->isPostgres())
        safe = config->displayUrl();
    setValue(Keys::DatabaseUrl, safe);
}

QString Settings::language() const
{
    return m_settings.value(Keys::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Keys::Language, language);
}

QString Settings::facilitatorName() const
{
    return m_settings.value(Keys::FacilitatorName).toString();
}

void Settings::setFacilitatorName(const QString &name)
{
    setValue(Keys::FacilitatorName, name);
}

int Settings::minimumGroupSize() const
{
    bool ok = false;
    const int people = m_settings.value(MinimumGroupSizeKey).toInt(&ok);
    if (!ok)
        return DefaultMinimumGroupSize;
    return std::clamp(people, 1, MaximumMinimumGroupSize);
}

void Settings::setMinimumGroupSize(int people)
{
    setValue(MinimumGroupSizeKey, std::clamp(people, 1, MaximumMinimumGroupSize));
}

QString Settings::projectorScreen() const
{
    return m_settings.value(ProjectorScreenKey).toString();
}

void Settings::setProjectorScreen(const QString &screenName)
{
    setValue(ProjectorScreenKey, screenName);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value)
        return;
    // The first value of fresh settings (older ones were brought up to date on opening).
    if (!m_settings.contains(Keys::Version))
        m_settings.setValue(Keys::Version, CurrentVersion);
    m_settings.setValue(key, value);
    Q_EMIT changed(key);
}

} // namespace DriveDeck
