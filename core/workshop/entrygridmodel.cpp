#include "workshop/entrygridmodel.h"

#include "domain/catalogue.h"
#include "domain/pickentry.h"
#include "workshop/sessiondocument.h"

#include <QUndoStack>

namespace DriveDeck {

namespace {
constexpr int ColumnCount = EntryGridModel::FirstDriveColumn + DriveCount;
} // namespace

EntryGridModel::EntryGridModel(SessionDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &SessionDocument::pickAdded, this, &EntryGridModel::pickTouched);
    connect(document, &SessionDocument::pickRemoved, this, &EntryGridModel::pickTouched);
    connect(document, &SessionDocument::pickChanged, this, &EntryGridModel::pickTouched);
    connect(document, &SessionDocument::participantChanged, this, [this](int index) {
        const QList<Participant> &people = m_document->session().participants;
        if (index >= 0 && index < people.size())
            rowChanged(rowOf(people.at(index).id));
    });
    connect(document, &SessionDocument::detailsChanged, this, [this] {
        // The anonymity switch changes every shown name.
        if (!m_members.isEmpty())
            Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
    });
    connect(document, &SessionDocument::roundChanged, this, [this](int index) {
        const QList<Round> &rounds = m_document->session().rounds;
        if (index < 0 || index >= rounds.size() || rounds.at(index).id != m_roundId)
            return;
        if (rounds.at(index).participantIds != m_members)
            reload(); // who takes part changed: a set-up edit, not a pick
        else if (!m_members.isEmpty())
            Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    });
    connect(document, &SessionDocument::roundRemoved, this, [this](int, const QUuid &id) {
        if (id == m_roundId)
            setRound({});
    });
    connect(document, &SessionDocument::participantMoved, this, &EntryGridModel::reload);
    connect(document, &SessionDocument::sessionReset, this, &EntryGridModel::reload);
}

void EntryGridModel::setRound(const QUuid &roundId)
{
    m_roundId = roundId;
    reload();
}

void EntryGridModel::reload()
{
    beginResetModel();
    m_members.clear();
    if (const Round *round = m_document->session().round(m_roundId)) {
        // In the order of the list of people, as on the paper forms.
        for (const Participant &p : m_document->session().participants)
            if (round->includes(p.id))
                m_members.append(p.id);
    }
    endResetModel();
}

int EntryGridModel::rowOf(const QUuid &participantId) const
{
    return int(m_members.indexOf(participantId));
}

void EntryGridModel::pickTouched(const Pick &pick)
{
    if (pick.roundId == m_roundId)
        rowChanged(rowOf(pick.participantId));
}

void EntryGridModel::rowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EntryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int EntryGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntryGridModel::checkText(const QUuid &participantId, bool *done) const
{
    const Session &session = m_document->session();
    const Round *round = session.round(m_roundId);
    *done = false;
    if (!round)
        return {};
    const int counted = session.progressCount(m_roundId, participantId);
    *done = session.isDone(m_roundId, participantId);
    if (*done)
        return tr("✓");
    return round->rule.isScan() ? tr("%1 of %2 answered").arg(counted).arg(DriveCount)
                                : tr("%n more to pick", nullptr, round->rule.minPicks - counted);
}

QVariant EntryGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QUuid id = m_members.at(index.row());
    const Session &session = m_document->session();
    const int column = index.column();
    if (role == ParticipantIdRole)
        return id;
    if (role == DriveIdRole)
        return column >= FirstDriveColumn ? column - FirstDriveColumn + 1 : 0;
    if (role == DoneRole) {
        bool done = false;
        checkText(id, &done);
        return done;
    }
    if (column == NameColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return session.shownName(id);
    if (column == EntryColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return PickEntry::format(session.picksOf(m_roundId, id));
    if (column == CheckColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)) {
        bool done = false;
        return checkText(id, &done);
    }
    if (column >= FirstDriveColumn) {
        const int driveId = column - FirstDriveColumn + 1;
        const QList<Pick> picks = session.picksOf(m_roundId, id);
        const auto pick = std::find_if(picks.cbegin(), picks.cend(),
                                       [&](const Pick &p) { return p.driveId == driveId; });
        const bool has = pick != picks.cend();
        switch (role) {
        case Qt::DisplayRole:
            if (!has)
                return QString();
            if (!pick->isPositive())
                return QStringLiteral("✕");
            return pick->rank ? QString::number(*pick->rank) : QStringLiteral("✓");
        case Qt::AccessibleTextRole: {
            const QString card = Catalogue::drive(driveId).name();
            if (!has)
                return tr("%1: not picked").arg(card);
            if (!pick->isPositive())
                return tr("%1: not me").arg(card);
            return pick->rank ? tr("%1: picked, rank %2").arg(card).arg(*pick->rank)
                              : tr("%1: picked").arg(card);
        }
        case Qt::ToolTipRole:
            return Catalogue::drive(driveId).name();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags EntryGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EntryColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString EntryGridModel::enter(const QUuid &participantId, const QString &typed)
{
    const Round *round = m_document->session().round(m_roundId);
    if (!round)
        return SessionChanges::roundGone().message();
    const Result<QList<Pick>> picks = PickEntry::parse(typed, *round, participantId);
    if (!picks)
        return picks.errorMessage();
    const Status entered = m_document->setPicksOf(m_roundId, participantId, *picks);
    return entered ? QString() : entered.errorMessage();
}

bool EntryGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != EntryColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QUuid id = m_members.at(index.row());
    const QString problem = enter(id, value.toString());
    if (!problem.isEmpty()) {
        Q_EMIT refused(tr("%1: %2").arg(m_document->session().shownName(id), problem));
        return false;
    }
    return true;
}

bool EntryGridModel::toggle(const QModelIndex &index, bool notMe)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() < FirstDriveColumn)
        return false;
    const Status toggled = m_document->togglePick(m_roundId, m_members.at(index.row()),
                                                  index.column() - FirstDriveColumn + 1,
                                                  notMe ? Polarity::Negative : Polarity::Positive);
    if (!toggled)
        Q_EMIT refused(toggled.errorMessage());
    return toggled.ok();
}

QStringList EntryGridModel::paste(const QString &text)
{
    QStringList problems;
    const Session &session = m_document->session();
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalised.split(u'\n', Qt::SkipEmptyParts);
    bool macro = false;
    for (int i = 0; i < lines.size(); ++i) {
        QStringList cells = lines.at(i).split(u'\t');
        const QString name = cells.takeFirst().trimmed();
        const QString typed = cells.join(u' ');
        QUuid found;
        for (const QUuid &id : std::as_const(m_members)) {
            const Participant *p = session.participant(id);
            if (p->displayName.compare(name, Qt::CaseInsensitive) == 0 ||
                (!p->alias.isEmpty() && p->alias.compare(name, Qt::CaseInsensitive) == 0))
                found = id;
        }
        if (found.isNull()) {
            // A first line that names no one is the spreadsheet's header.
            if (i > 0 || Catalogue::findDrive(typed.section(u' ', 0, 0, QString::SectionSkipEmpty)))
                problems.append(
                    tr("Line %1: “%2” does not take part in this round.").arg(i + 1).arg(name));
            continue;
        }
        if (!macro) {
            m_document->undoStack()->beginMacro(tr("Paste picks"));
            macro = true;
        }
        if (const QString problem = enter(found, typed); !problem.isEmpty())
            problems.append(tr("Line %1, %2: %3").arg(i + 1).arg(name, problem));
    }
    if (macro)
        m_document->undoStack()->endMacro();
    return problems;
}

QVariant EntryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstDriveColumn) {
        const Drive &drive = Catalogue::drive(section - FirstDriveColumn + 1);
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(drive.id);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%2)").arg(drive.name(), drive.domain().name());
        case Qt::BackgroundRole:
            return drive.domain().cardColour();
        case Qt::ForegroundRole:
            return drive.domain().textColour();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case EntryColumn:
        return tr("Cards typed");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

} // namespace DriveDeck
