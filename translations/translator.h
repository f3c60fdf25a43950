#pragma once

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

} // namespace DriveDeck::Translations
