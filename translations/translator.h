#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace DriveDeck::Translations {

// Language codes DriveDeck ships ("en", "nl").
QStringList availableLanguages();
// The shipped language closest to the system locale, falling back to English.
QString systemLanguage();
// The language's own name ("Nederlands").
QString nativeName(const QString &language);
// Replaces the installed DriveDeck and Qt translators with those for language; returns false
// (and leaves English) when the language is not shipped. Needs a QCoreApplication.
bool install(const QString &language);
// Makes numbers and dates follow the language: Dutch as in the Netherlands, English as in the
// United Kingdom. The window calls it; the command line keeps the system's locale.
void useLocaleOf(const QString &language);
// The language installed last ("en" before any install()).
QString current();

// Puts a language's texts and number format in place for as long as it lives, then those from
// before: a report is written in its own language, whatever the window's is. The window sees
// the switch only as a repeated LanguageChange, after the scope has ended.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previousLanguage; // empty when the language did not change
    QLocale m_previousLocale;
};

} // namespace DriveDeck::Translations
