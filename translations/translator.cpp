#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace DriveDeck::Translations {

namespace {

QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;
QString s_current = QStringLiteral("en");

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&s_appTranslator, &s_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl")};
}

QString systemLanguage()
{
    const QString language = QLocale::languageToCode(QLocale::system().language());
    return availableLanguages().contains(language) ? language : QStringLiteral("en");
}

QString nativeName(const QString &language)
{
    // Qt names "en" after its default territory ("American English"); DriveDeck's English is
    // not American, so it is just English.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

void useLocaleOf(const QString &language)
{
    QLocale::setDefault(language == QLatin1String("nl")
                            ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

bool install(const QString &language)
{
    Q_ASSERT(QCoreApplication::instance());
    if (!availableLanguages().contains(language))
        return false;
    removeInstalled();
    s_current = language;

    // English needs its catalogue too: the source texts are English, but not their plurals.
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/drivedeck_%1.qm").arg(language))) {
        delete app;
        s_current = QStringLiteral("en");
        return language == QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app);
    s_appTranslator = app;
    if (language == QStringLiteral("en"))
        return true;

    // Qt's own texts (standard buttons, dialogs) when the system has them; optional.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qtTranslator = qt;
    } else {
        delete qt;
    }
    return true;
}

QString current()
{
    return s_current;
}

LanguageScope::LanguageScope(const QString &language)
{
    if (language != s_current && availableLanguages().contains(language)) {
        m_previousLanguage = s_current;
        install(language);
    }
    useLocaleOf(availableLanguages().contains(language) ? language : s_current);
}

LanguageScope::~LanguageScope()
{
    if (!m_previousLanguage.isEmpty())
        install(m_previousLanguage);
    QLocale::setDefault(m_previousLocale);
}

} // namespace DriveDeck::Translations
