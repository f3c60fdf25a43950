#include "application.h"

#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>

namespace DriveDeck {

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DriveDeck"));
    QApplication::setApplicationName(QStringLiteral("DriveDeck"));
    QApplication::setApplicationVersion(QStringLiteral(DRIVEDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.drivedeck.DriveDeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "DriveDeck::Application", "Run in-room workshops on the 24 drives that move people."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        QStringList{QStringLiteral("language")},
        QApplication::translate("DriveDeck::Application", "Interface language: en or nl."),
        QStringLiteral("code"));
    parser.addOption(languageOption);
    parser.process(app);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : Translations::systemLanguage();
    Translations::install(language);

    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace DriveDeck
