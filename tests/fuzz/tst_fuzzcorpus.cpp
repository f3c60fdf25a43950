#include "fuzzentries.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <functional>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// Every seed and every input a fuzzer found (kept in tests/fuzz/regression/ once fixed) goes
// through the fuzz targets' own entry functions, so that a fixed finding stays fixed.
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
    void messageProblem_findsWhatAUserShouldNotRead();
};

namespace {

using Entry = std::function<QString(QByteArrayView)>;

const QList<QPair<QString, Entry>> &targets()
{
    static const QList<QPair<QString, Entry>> list{{u"sessionfile"_s, &Fuzz::sessionFile},
                                                   {u"picks_csv"_s, &Fuzz::picksCsv},
                                                   {u"deck_manifest"_s, &Fuzz::deckManifest}};
    return list;
}

} // namespace

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("target");
    int rows = 0;
    for (int t = 0; t < targets().size(); ++t) {
        const QString name = targets().at(t).first;
        int perTarget = 0;
        for (const QString &kind : {u"corpus"_s, u"regression"_s}) {
            QDirIterator it(QStringLiteral(DRIVEDECK_FUZZ_DIR "/") + kind + u'/' + name,
                            QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(kind + u'/' + name + u'/' + it.fileName())) << path << t;
                ++perTarget;
            }
        }
        // A corpus that went missing would make this test pass for nothing.
        if (perTarget == 0)
            qFatal("no inputs for the fuzz target %s", qPrintable(name));
        rows += perTarget;
    }
    QVERIFY(rows > 0);
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, path);
    QFETCH(int, target);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    const QString problem = targets().at(target).second(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFuzzCorpus::messageProblem_findsWhatAUserShouldNotRead()
{
    QVERIFY(Fuzz::messageProblem(u"line 3: no round title"_s).isEmpty());
    QVERIFY(Fuzz::messageProblem(u"line 3: one\nline 4: two"_s).isEmpty());
    QVERIFY(!Fuzz::messageProblem(QString()).isEmpty());
    QVERIFY(!Fuzz::messageProblem(u"name \x1b]0;title\x07 here"_s).isEmpty());
    QVERIFY(!Fuzz::messageProblem(QString(601, u'x')).isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
