#include "workspace/roundchooser.h"

#include "workshop/sessiondocument.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QStyleOptionComboBox>
#include <QtMath>

#include <algorithm>

namespace DriveDeck {

namespace {

// An empty chooser (a session without rounds) is this wide, in letters.
constexpr int EmptyLetters = 7;

} // namespace

RoundChooser::RoundChooser(SessionDocument *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
{
    connect(this, &QComboBox::currentIndexChanged, this, &RoundChooser::roundChosen);
    connect(document, &SessionDocument::roundInserted, this, &RoundChooser::fill);
    connect(document, &SessionDocument::roundRemoved, this, &RoundChooser::fill);
    connect(document, &SessionDocument::roundChanged, this, &RoundChooser::fill);
    connect(document, &SessionDocument::sessionReset, this, &RoundChooser::fill);
    fill();
}

void RoundChooser::fill()
{
    const QUuid keep = currentRound();
    {
        const QSignalBlocker quiet(this);
        clear();
        for (const Round &round : m_document->session().rounds)
            addItem(round.target ? tr("%1 (target)").arg(round.title) : round.title, round.id);
        const int index = findData(keep);
        setCurrentIndex(index >= 0 ? index : 0);
    }
    m_sizeHint = QSize();
    updateGeometry();
    Q_EMIT roundChosen();
}

void RoundChooser::selectRound(const QUuid &roundId)
{
    const int index = findData(roundId);
    if (index >= 0)
        setCurrentIndex(index);
}

QSize RoundChooser::sizeHint() const
{
    if (!m_sizeHint.isValid())
        m_sizeHint = measured();
    return m_sizeHint;
}

QSize RoundChooser::minimumSizeHint() const
{
    // As with AdjustToContents: a title is never cut short.
    return sizeHint();
}

QSize RoundChooser::measured() const
{
    // As QComboBox measures its contents: the widest title's ink (a few letters when there is
    // none; rounds have no icons), a line high, and the style's frame and arrow around them.
    const QFontMetrics metrics = fontMetrics();
    int widest = count() == 0 ? metrics.horizontalAdvance(QLatin1Char('x')) * EmptyLetters : 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, metrics.boundingRect(itemText(i)).width());
    const QSize contents(widest, std::max(qCeil(QFontMetricsF(metrics).height()), 14) + 2);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
}

void RoundChooser::changeEvent(QEvent *event)
{
    // (QComboBox builds its popup on a change of font, to pass the font on: a chooser whose
    // font changes has it from then on.)
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_sizeHint = QSize();
        updateGeometry();
    }
    QComboBox::changeEvent(event);
}

} // namespace DriveDeck
