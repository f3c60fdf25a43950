#include "latencyproxy.h"
#include "postgresserver.h"
#include "sessionbuilder.h"
#include "shell/savestatelabel.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// What the facilitator sees of the write queue: the open session's save state, through a real
// PostgreSQL server behind a proxy that goes away and comes back.
class TestSaveStateLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lostConnection_saysSoAndOffersRetryNow();

private:
    PostgresServer m_server;
};

void TestSaveStateLabel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s); // the plural forms: "1 change", not "1 change(s)"
    QString problem = m_server.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_server.createDatabase(u"label"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSaveStateLabel::lostConnection_saysSoAndOffersRetryNow()
{
    const DatabaseConfig direct = *DatabaseConfig::fromUrl(m_server.url(u"label"_s));
    SessionBuilder b(u"Kick-off"_s);
    b.session().id = QUuid::createUuid();
    b.participant(u"Anna"_s).round(u"Now"_s);
    Session session = b.build();
    {
        auto store = SessionStore::open(direct);
        QVERIFY(store.ok());
        QVERIFY((*store)->save(session).ok());
    }
    LatencyProxy proxy(m_server.port(), 20);
    QCOMPARE(proxy.start(), QString());
    DatabaseConfig throughProxy = direct;
    throughProxy.host = u"127.0.0.1"_s;
    throughProxy.port = proxy.port();

    SessionDocument document(throughProxy, session.id, u"Kim"_s);
    SaveStateLabel label;
    label.setDocument(&document);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    auto *action = label.findChild<QToolButton *>(u"saveStateAction"_s);
    QVERIFY(action);
    QTRY_COMPARE_WITH_TIMEOUT(label.text(), u"Kick-off: all changes saved"_s, 15000);
    QVERIFY(!action->isVisible());

    proxy.kill();
    Pick pick = b.pick(0, 0, 12);
    QVERIFY(document.addPick(pick).ok());
    QTRY_COMPARE_WITH_TIMEOUT(label.text(),
                              u"Cannot reach the database; 1 change kept, trying again"_s, 15000);
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), u"Retry Now"_s);
    QCOMPARE(action->accessibleName(), u"Retry Now"_s);
    QVERIFY2(
        label.findChild<QLabel *>(u"saveStateText"_s)->toolTip().contains(u"cannot be reached"_s),
        qPrintable(label.findChild<QLabel *>(u"saveStateText"_s)->toolTip()));
    if (qEnvironmentVariableIsSet("DRIVEDECK_SCREENSHOTS"))
        label.grab().save(qEnvironmentVariable("DRIVEDECK_SCREENSHOTS") + u"/retrying.png"_s);

    QCOMPARE(proxy.revive(), QString());
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(label.text(), u"Kick-off: all changes saved"_s, 30000);
    QVERIFY(!action->isVisible());
    auto store = SessionStore::open(direct);
    QCOMPARE((*store)->load(session.id)->picks, QList<Pick>{pick});
}

QTEST_MAIN(TestSaveStateLabel)
#include "tst_savestatelabel.moc"
