#include "outputs/builtinoutputs.h"
#include "report/reportpage.h"
#include "sessionbuilder.h"
#include "shell/outputs.h"
#include "shell/outputscreens.h"
#include "store/sessionstore.h"
#include "teamprofile/profilepage.h"
#include "workshop/sessiondocument.h"
#include "workspace/sessionworkspace.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using DriveDeck::Testing::SessionBuilder;
using namespace Qt::StringLiterals;

// The outputs module as the window finds it: missing (a broken installation), and given.
class TestOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // In this order: the first answer is kept for the whole program.
    void missingModule_saysWhereItLooked();
    void missingModule_theTabsSaySo();
    void builtIn_givesThePages();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_noModule;
    std::unique_ptr<SessionDocument> m_document;
};

void TestOutputs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid() && m_noModule.isValid());
    qputenv("DRIVEDECK_MODULE_DIR", m_noModule.path().toLocal8Bit());
    SessionBuilder b(u"Team day"_s);
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s).round(u"Now"_s);
    Session session = b.build();
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"o.sqlite"_s));
    auto store = SessionStore::open(config);
    QVERIFY(store.ok() && (*store)->save(session).ok());
    m_document = std::make_unique<SessionDocument>(config, session.id);
    QTRY_VERIFY(m_document->isOpen());
}

void TestOutputs::missingModule_saysWhereItLooked()
{
    QString error;
    QCOMPARE(Outputs::get(&error), nullptr);
    QVERIFY2(error.startsWith(u"DriveDeck's charts and reports (libdrivedeck-outputs.so) are "
                              u"missing from "_s +
                              m_noModule.path()),
             qPrintable(error));
    QVERIFY2(error.contains(QCoreApplication::applicationDirPath()), qPrintable(error));
    QVERIFY(error.endsWith(u"Install DriveDeck again."_s));
}

void TestOutputs::missingModule_theTabsSaySo()
{
    SessionWorkspace workspace(m_document.get());
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    QCOMPARE(workspace.profilePage(), nullptr);
    QCOMPARE(workspace.reportPage(), nullptr);
    const QList<QLabel *> said = workspace.findChildren<QLabel *>(u"outputsMissing"_s);
    QCOMPARE(said.size(), 2); // one on each tab, however often asked
    for (const QLabel *label : said)
        QVERIFY2(label->text().contains(u"libdrivedeck-outputs.so"_s), qPrintable(label->text()));
}

void TestOutputs::builtIn_givesThePages()
{
    Outputs::useBuiltIn(BuiltInOutputs::instance());
    QCOMPARE(Outputs::get(), BuiltInOutputs::instance());
    SessionWorkspace workspace(m_document.get());
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    QVERIFY(qobject_cast<ProfilePage *>(workspace.profilePage()));
    QVERIFY(qobject_cast<ReportPage *>(workspace.reportPage()));
    QVERIFY(workspace.findChildren<QLabel *>(u"outputsMissing"_s).isEmpty());
    // The command table's commands of the module.
    const QList<CliCommand> commands = Outputs::get()->commands();
    QCOMPARE(commands.size(), 2);
    QCOMPARE(QString::fromLatin1(commands.at(0).name), u"chart"_s);
    QCOMPARE(QString::fromLatin1(commands.at(1).name), u"report"_s);
}

QTEST_MAIN(TestOutputs)
#include "tst_outputs.moc"
