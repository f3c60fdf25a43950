#include "workshop/roundsmodel.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

namespace {

QString ruleText(const Round &round)
{
    QStringList parts;
    const PickingRule &rule = round.rule;
    if (rule.isScan()) {
        parts.append(
            rule.secondsPerCard > 0
                ? RoundsModel::tr("yes or no to every card, %1 s each").arg(rule.secondsPerCard)
                : RoundsModel::tr("yes or no to every card"));
    } else {
        parts.append(rule.minPicks == rule.maxPicks
                         ? RoundsModel::tr("%n card(s)", nullptr, rule.maxPicks)
                         : RoundsModel::tr("%1 to %2 cards").arg(rule.minPicks).arg(rule.maxPicks));
        if (rule.ranked)
            parts.append(RoundsModel::tr("ranked"));
        if (rule.allowNegative)
            parts.append(RoundsModel::tr("“not me” allowed"));
    }
    if (round.timeboxMinutes > 0)
        parts.append(RoundsModel::tr("%1 min").arg(round.timeboxMinutes));
    if (round.target)
        parts.append(RoundsModel::tr("target round"));
    if (round.blind)
        parts.append(RoundsModel::tr("blind"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

RoundsModel::RoundsModel(SessionDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(int(document->session().rounds.size()))
{
    connect(document, &SessionDocument::roundInserted, this, [this](int index) {
        beginInsertRows({}, index, index);
        m_rows = int(m_document->session().rounds.size());
        endInsertRows();
    });
    connect(document, &SessionDocument::roundRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
        m_rows = int(m_document->session().rounds.size());
        endRemoveRows();
    });
    connect(document, &SessionDocument::roundChanged, this,
            [this](int index) { Q_EMIT dataChanged(this->index(index), this->index(index)); });
    connect(document, &SessionDocument::sessionReset, this, [this] {
        beginResetModel();
        m_rows = int(m_document->session().rounds.size());
        endResetModel();
    });
}

int RoundsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant RoundsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= m_document->session().rounds.size())
        return {};
    const Round &round = m_document->session().rounds.at(index.row());
    switch (role) {
    case RoundIdRole:
        return round.id;
    case RuleTextRole:
        return ruleText(round);
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(round.title, ruleText(round));
    case Qt::ToolTipRole:
        return round.question;
    default:
        return {};
    }
}

} // namespace DriveDeck
