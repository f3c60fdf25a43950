#include "databaseconfig.h"
#include "mainwindow.h"
#include "sessionfile.h"
#include "sessionlistmodel.h"
#include "sessionstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

namespace {

const QString Workshop = QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/workshop.csv");

// Answers the next message box by clicking the button with that text, and tells what it said.
class MessageBoxAnswer : public QObject
{
public:
    explicit MessageBoxAnswer(const QString &button)
    {
        QTimer::singleShot(0, this, [this, button] { answer(button); });
    }
    QString text;
    QString detail;

private:
    void answer(const QString &button)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, [this, button] { answer(button); });
            return;
        }
        text = box->text();
        detail = box->detailedText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button) {
                b->click();
                return;
            }
        }
        box->reject();
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_window.reset(); }
    void importCsv_listsAndSelectsTheSession();
    void exportThenImport_askToReplaceOrKeepBoth();
    void importBrokenFile_explainsAndChangesNothing();
    void exportCsv_writesThePicks();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    auto store = SessionStore::open(
        DatabaseConfig::sqlite(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter))));
    QVERIFY(store.ok());
    m_window->setStore(std::move(store).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::importCsv_listsAndSelectsTheSession()
{
    QCOMPARE(m_window->sessionModel()->rowCount(), 0);
    QVERIFY(m_window->importFile(Workshop));
    QCOMPARE(m_window->sessionModel()->rowCount(), 1);
    const SessionSummary &s = m_window->sessionModel()->sessions().first();
    QCOMPARE(s.title, u"workshop"_s);
    QCOMPARE(s.participants, 4);
    QCOMPARE(m_window->selectedSession(), s.id);
}

void TestMainWindow::exportThenImport_askToReplaceOrKeepBoth()
{
    QVERIFY(m_window->importFile(Workshop));
    const QUuid id = m_window->selectedSession();
    const QString path = m_dir.filePath(u"handover.drivedeck"_s);
    QVERIFY(m_window->exportSession(id, path));
    QVERIFY(SessionFile::read(path).ok());

    {
        MessageBoxAnswer keepBoth(u"Keep Both"_s);
        QVERIFY(m_window->importFile(path));
        QCOMPARE(keepBoth.text, u"“workshop” is already in your sessions."_s);
    }
    QCOMPARE(m_window->sessionModel()->rowCount(), 2);
    {
        MessageBoxAnswer replace(u"Replace"_s);
        QVERIFY(m_window->importFile(path));
    }
    QCOMPARE(m_window->sessionModel()->rowCount(), 2);
    QCOMPARE(m_window->selectedSession(), id);
    {
        MessageBoxAnswer cancel(u"Cancel"_s);
        QVERIFY(!m_window->importFile(path));
    }
    QCOMPARE(m_window->sessionModel()->rowCount(), 2);
}

void TestMainWindow::importBrokenFile_explainsAndChangesNothing()
{
    const QString path = m_dir.filePath(u"broken.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("participant,round,drive\nAnna,Now,idealsm\nBram,Now,42\n");
    file.close();
    MessageBoxAnswer ok(u"OK"_s);
    QVERIFY(!m_window->importFile(path));
    QVERIFY2(ok.text.contains(u"line 2, column \"drive\": unknown drive \"idealsm\""_s),
             qPrintable(ok.text));
    QVERIFY(ok.detail.contains(u"line 3, column \"drive\": unknown drive \"42\""_s));
    QCOMPARE(m_window->sessionModel()->rowCount(), 0);
}

void TestMainWindow::exportCsv_writesThePicks()
{
    QVERIFY(m_window->importFile(Workshop));
    const QString path = m_dir.filePath(u"picks.csv"_s);
    QVERIFY(m_window->exportSession(m_window->selectedSession(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("round,participant,drive,rank,polarity,note\n"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
