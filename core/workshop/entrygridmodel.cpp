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
    : RoundMembersModel(document, parent)
{}

int EntryGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntryGridModel::checkText(const QUuid &participantId, bool *done) const
{
    const Session &session = document()->session();
    const Round *round = session.round(RoundMembersModel::round());
    *done = false;
    if (!round)
        return {};
    const int counted = session.progressCount(RoundMembersModel::round(), participantId);
    *done = session.isDone(RoundMembersModel::round(), participantId);
    if (*done)
        return tr("✓");
    return round->rule.isScan() ? tr("%1 of %2 answered").arg(counted).arg(DriveCount)
                                : tr("%n more to pick", nullptr, round->rule.minPicks - counted);
}

QVariant EntryGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QUuid id = members().at(index.row());
    const Session &session = document()->session();
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
        return PickEntry::format(session.picksOf(RoundMembersModel::round(), id));
    if (column == CheckColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)) {
        bool done = false;
        return checkText(id, &done);
    }
    if (column >= FirstDriveColumn) {
        const int driveId = column - FirstDriveColumn + 1;
        const QList<Pick> picks = session.picksOf(RoundMembersModel::round(), id);
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
    const Round *round = document()->session().round(RoundMembersModel::round());
    if (!round)
        return SessionChanges::roundGone().message();
    const Result<QList<Pick>> picks = PickEntry::parse(typed, *round, participantId);
    if (!picks)
        return picks.errorMessage();
    const Status entered =
        document()->setPicksOf(RoundMembersModel::round(), participantId, *picks);
    return entered ? QString() : entered.errorMessage();
}

bool EntryGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != EntryColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QUuid id = members().at(index.row());
    const QString problem = enter(id, value.toString());
    if (!problem.isEmpty()) {
        // Whose row, unless the rule's own words already begin with the name.
        const QString who = document()->session().shownName(id);
        Q_EMIT refused(problem.startsWith(who) ? problem : tr("%1: %2").arg(who, problem));
        return false;
    }
    return true;
}

bool EntryGridModel::toggle(const QModelIndex &index, bool notMe)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() < FirstDriveColumn)
        return false;
    const Status toggled = document()->togglePick(
        RoundMembersModel::round(), members().at(index.row()),
        index.column() - FirstDriveColumn + 1, notMe ? Polarity::Negative : Polarity::Positive);
    if (!toggled)
        Q_EMIT refused(toggled.errorMessage());
    return toggled.ok();
}

QStringList EntryGridModel::paste(const QString &text)
{
    QStringList problems;
    const Session &session = document()->session();
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalised.split(u'\n', Qt::SkipEmptyParts);
    bool macro = false;
    for (int i = 0; i < lines.size(); ++i) {
        QStringList cells = lines.at(i).split(u'\t');
        const QString name = cells.takeFirst().trimmed();
        const QString typed = cells.join(u' ');
        QUuid found;
        for (const QUuid &id : members()) {
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
            document()->undoStack()->beginMacro(tr("Paste picks"));
            macro = true;
        }
        if (const QString problem = enter(found, typed); !problem.isEmpty())
            problems.append(tr("Line %1, %2: %3").arg(i + 1).arg(name, problem));
    }
    if (macro)
        document()->undoStack()->endMacro();
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
