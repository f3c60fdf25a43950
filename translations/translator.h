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
// The language installed last ("en" before any install()).
QString current();

} // namespace DriveDeck::Translations
