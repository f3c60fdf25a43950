#include "workshop/participantsmodel.h"

#include "domain/text.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

ParticipantsModel::ParticipantsModel(SessionDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->session().participants.size()))
{
    connect(document, &SessionDocument::participantInserted, this, [this](int index) {
        beginInsertRows({}, index, index);
        m_rows = int(m_document->session().participants.size());
        endInsertRows();
    });
    connect(document, &SessionDocument::participantRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
        m_rows = int(m_document->session().participants.size());
        endRemoveRows();
    });
    connect(document, &SessionDocument::participantMoved, this, [this](int from, int to) {
        // Qt counts the destination before the move: one further when moving down.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        endMoveRows();
    });
    connect(document, &SessionDocument::participantChanged, this, [this](int index) {
        Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    });
    connect(document, &SessionDocument::sessionReset, this, [this] {
        beginResetModel();
        m_rows = int(m_document->session().participants.size());
        endResetModel();
    });
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Between a removal in the document and endRemoveRows() the last row is already gone.
    if (index.row() >= m_document->session().participants.size())
        return {};
    const Participant &p = m_document->session().participants.at(index.row());
    if (role == ParticipantIdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == NameColumn ? p.displayName : p.alias;
}

bool ParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Participant p = m_document->session().participants.at(index.row());
    // Names as people see them, as everywhere else: NFC, no zero-width characters.
    const QString text = Text::normalName(value.toString());
    if (index.column() == NameColumn)
        p.displayName = text;
    else
        p.alias = text;
    const Status changed = m_document->updateParticipant(p);
    if (!changed)
        Q_EMIT refused(changed.errorMessage());
    return changed.ok();
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) |
           (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Name") : tr("Alias (when anonymous)");
}

} // namespace DriveDeck
