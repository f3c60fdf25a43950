#include "workshop/agreementsmodel.h"

#include "workshop/sessiondocument.h"

#include <QLocale>

namespace DriveDeck {

AgreementsModel::AgreementsModel(SessionDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->session().agreements.size()))
{
    connect(document, &SessionDocument::agreementInserted, this, [this](int index) {
        beginInsertRows({}, index, index);
        m_rows = int(m_document->session().agreements.size());
        endInsertRows();
    });
    connect(document, &SessionDocument::agreementRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
        m_rows = int(m_document->session().agreements.size());
        endRemoveRows();
    });
    connect(document, &SessionDocument::agreementChanged, this, [this](int index) {
        Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    });
    connect(document, &SessionDocument::sessionReset, this, [this] {
        beginResetModel();
        m_rows = int(m_document->session().agreements.size());
        endResetModel();
    });
}

int AgreementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AgreementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Between a removal in the document and endRemoveRows() the last row is already gone.
    if (index.row() >= m_document->session().agreements.size())
        return {};
    const Agreement &a = m_document->session().agreements.at(index.row());
    if (role == AgreementIdRole)
        return a.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TextColumn:
        return a.text;
    case OwnerColumn:
        return a.owner;
    default:
        if (role == Qt::EditRole)
            return a.due.isValid() ? a.due : QDate::currentDate();
        return a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat) : QString();
    }
}

bool AgreementsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Agreement a = m_document->session().agreements.at(index.row());
    switch (index.column()) {
    case TextColumn:
        a.text = value.toString().trimmed();
        break;
    case OwnerColumn:
        a.owner = value.toString().simplified();
        break;
    default:
        a.due = value.toDate();
        break;
    }
    const Status changed = m_document->updateAgreement(a);
    if (!changed)
        Q_EMIT refused(changed.errorMessage());
    return changed.ok();
}

Qt::ItemFlags AgreementsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) |
           (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant AgreementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Agreement");
    case OwnerColumn:
        return tr("Owner");
    default:
        return tr("Due");
    }
}

} // namespace DriveDeck
