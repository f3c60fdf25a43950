#include "workspace/roundchooser.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

RoundChooser::RoundChooser(SessionDocument *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    Q_EMIT roundChosen();
}

void RoundChooser::selectRound(const QUuid &roundId)
{
    const int index = findData(roundId);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace DriveDeck
