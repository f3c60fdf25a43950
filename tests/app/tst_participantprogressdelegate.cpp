#include "picking/participantprogressdelegate.h"
#include "workshop/participantprogressmodel.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using DriveDeck::ParticipantProgressDelegate;
using DriveDeck::ParticipantProgressModel;

// A row of the card wall's list of people: the name at the start, the progress at the end.
class TestParticipantProgressDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void paint_progressAtTheEnd_nameCutShortBeforeIt_data();
    void paint_progressAtTheEnd_nameCutShortBeforeIt();
    void paint_selected_inTheHighlightedTextColour();
    void sizeHint_holdsBoth_asTallAsATableRow();

private:
    static constexpr int RowWidth = 220;
    static constexpr int RowHeight = 30;
    QImage paintRow(const QString &name, const QString &progress, Qt::LayoutDirection direction,
                    QStyle::State state = QStyle::State_Enabled | QStyle::State_Active);
    QStyleOptionViewItem option(Qt::LayoutDirection direction, QStyle::State state) const;

    QListView m_view;
    QStandardItemModel m_model{1, 1};
    ParticipantProgressDelegate m_delegate;
};

QStyleOptionViewItem TestParticipantProgressDelegate::option(Qt::LayoutDirection direction,
                                                             QStyle::State state) const
{
    QStyleOptionViewItem option;
    option.initFrom(&m_view);
    option.widget = &m_view;
    option.rect = QRect(0, 0, RowWidth, RowHeight);
    option.direction = direction;
    option.state = state;
    return option;
}

QImage TestParticipantProgressDelegate::paintRow(const QString &name, const QString &progress,
                                                 Qt::LayoutDirection direction, QStyle::State state)
{
    m_model.setData(m_model.index(0, 0), name, Qt::DisplayRole);
    m_model.setData(m_model.index(0, 0), progress, ParticipantProgressModel::ProgressTextRole);
    QImage image(RowWidth, RowHeight, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_delegate.paint(&painter, option(direction, state), m_model.index(0, 0));
    return image;
}

namespace {

// The columns with anything drawn in them, as [first, last]; {-1, -1} when none.
std::pair<int, int> inkedColumns(const QImage &image, int from, int to)
{
    int first = -1;
    int last = -1;
    for (int x = from; x < to; ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 200) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

bool sameColumns(const QImage &a, const QImage &b, int from, int to)
{
    return a.copy(from, 0, to - from, a.height()) == b.copy(from, 0, to - from, b.height());
}

} // namespace

void TestParticipantProgressDelegate::paint_progressAtTheEnd_nameCutShortBeforeIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("progress");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    const QString longName = u"Alexandra Constantijn van der Westhuizen-Oosterbroek"_s;
    QTest::newRow("short name") << u"Anouk"_s << u"2 of 3"_s << Qt::LeftToRight;
    QTest::newRow("done") << u"Bram"_s << u"1 (1 to 3) ✓"_s << Qt::LeftToRight;
    QTest::newRow("long name") << longName << u"0 (1 to 3)"_s << Qt::LeftToRight;
    QTest::newRow("right to left") << u"Anouk"_s << u"2 of 3"_s << Qt::RightToLeft;
    QTest::newRow("right to left, long name") << longName << u"2 of 3"_s << Qt::RightToLeft;
}

void TestParticipantProgressDelegate::paint_progressAtTheEnd_nameCutShortBeforeIt()
{
    QFETCH(QString, name);
    QFETCH(QString, progress);
    QFETCH(Qt::LayoutDirection, direction);
    const QImage both = paintRow(name, progress, direction);
    const QImage nameOnly = paintRow(name, QString(), direction);
    const QImage progressOnly = paintRow(QString(), progress, direction);
    const bool leftToRight = direction == Qt::LeftToRight;

    // The progress keeps its place at the row's end, whatever the name's length.
    const auto [progressFirst, progressLast] = inkedColumns(progressOnly, 0, RowWidth);
    QVERIFY(progressFirst >= 0);
    if (leftToRight)
        QVERIFY2(progressLast >= RowWidth - 12, qPrintable(QString::number(progressLast)));
    else
        QVERIFY2(progressFirst <= 12, qPrintable(QString::number(progressFirst)));
    QVERIFY(sameColumns(both, progressOnly, progressFirst, progressLast + 1));

    // The name, at the row's start, stops short of the progress, cut short with an ellipsis when
    // it is too long; with no progress it may take the row's width.
    const auto [nameFirst, nameLast] = leftToRight ? inkedColumns(both, 0, progressFirst)
                                                   : inkedColumns(both, progressLast + 1, RowWidth);
    QVERIFY(nameFirst >= 0);
    if (leftToRight) {
        QVERIFY(nameFirst <= 12);
        QVERIFY(nameLast < progressFirst - 4);
    } else {
        QVERIFY(nameLast >= RowWidth - 12);
        QVERIFY(nameFirst > progressLast + 4);
    }
    const int nameWidth = m_view.fontMetrics().horizontalAdvance(name);
    if (nameWidth > RowWidth) {
        const auto [aloneFirst, aloneLast] = inkedColumns(nameOnly, 0, RowWidth);
        QVERIFY2(aloneLast - aloneFirst > nameLast - nameFirst,
                 "a name cut short for the progress gets more room without it");
    }
}

void TestParticipantProgressDelegate::paint_selected_inTheHighlightedTextColour()
{
    const QImage selected =
        paintRow(u"Anouk"_s, u"2 of 3"_s, Qt::LeftToRight,
                 QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Selected);
    const QImage plain = paintRow(u"Anouk"_s, u"2 of 3"_s, Qt::LeftToRight);
    const QPalette palette = m_view.palette();
    // Text pixels: those unlike the row's background at its middle's far end.
    auto closestTo = [](const QImage &image, QColor colour) {
        int best = 255 * 3;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                best = std::min(best, std::abs(pixel.red() - colour.red()) +
                                          std::abs(pixel.green() - colour.green()) +
                                          std::abs(pixel.blue() - colour.blue()));
            }
        }
        return best;
    };
    QCOMPARE(selected.pixelColor(RowWidth / 2, RowHeight / 2).rgb(),
             palette.color(QPalette::Active, QPalette::Highlight).rgb());
    QVERIFY(closestTo(selected, palette.color(QPalette::Active, QPalette::HighlightedText)) < 30);
    QVERIFY(closestTo(selected, palette.color(QPalette::Active, QPalette::Text)) > 60);
    QVERIFY(closestTo(plain, palette.color(QPalette::Active, QPalette::Text)) < 30);
}

void TestParticipantProgressDelegate::sizeHint_holdsBoth_asTallAsATableRow()
{
    m_model.setData(m_model.index(0, 0), u"Anouk"_s, Qt::DisplayRole);
    m_model.setData(m_model.index(0, 0), u"1 (1 to 3) ✓"_s,
                    ParticipantProgressModel::ProgressTextRole);
    const QStyleOptionViewItem rowOption = option(Qt::LeftToRight, QStyle::State_Enabled);
    const QSize size = m_delegate.sizeHint(rowOption, m_model.index(0, 0));
    const QFontMetrics metrics = m_view.fontMetrics();
    QVERIFY(size.width() > metrics.horizontalAdvance(u"Anouk  1 (1 to 3) ✓"_s));
    // A long name does not widen the row: it is cut short.
    m_model.setData(m_model.index(0, 0), u"Alexandra Constantijn van der Westhuizen"_s,
                    Qt::DisplayRole);
    QCOMPARE(m_delegate.sizeHint(rowOption, m_model.index(0, 0)).width(), size.width());
    QVERIFY(size.height() >=
            m_view.style()->pixelMetric(QStyle::PM_HeaderDefaultSectionSizeVertical));
    QVERIFY(size.height() > metrics.height());
}

QTEST_MAIN(TestParticipantProgressDelegate)
#include "tst_participantprogressdelegate.moc"
