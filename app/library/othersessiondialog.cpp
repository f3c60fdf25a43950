#include "library/othersessiondialog.h"

#include "workshop/sessionlistmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

// The library's sessions but the open one, searched by title, team and tag.
class OtherSessionsFilter : public QSortFilterProxyModel
{
public:
    OtherSessionsFilter(const QUuid &open, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_open(open)
    {}

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(SessionListModel::IdRole).toUuid() == m_open)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QUuid m_open;
};

} // namespace

OtherSessionDialog::OtherSessionDialog(QAbstractItemModel *sessions, const QUuid &openSession,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare with Another Session"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("otherSessionSearch"));
    m_search->setPlaceholderText(tr("Title, team or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sessions"));
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    m_filter = new OtherSessionsFilter(openSession, this);
    m_filter->setSourceModel(sessions);
    m_filter->setFilterRole(SessionListModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(SessionListModel::SortRole);
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("otherSessions"));
    m_list->setAccessibleName(tr("Saved sessions"));
    m_list->setModel(m_filter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(SessionListModel::DateColumn, Qt::DescendingOrder);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Compare"));
    auto updateOk = [this, ok] { ok->setEnabled(!chosenSession().isNull()); };
    connect(m_search, &QLineEdit::textChanged, this, [this, updateOk](const QString &text) {
        m_filter->setFilterFixedString(text);
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        updateOk();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, updateOk);
    connect(m_list, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateOk();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Set the open session against another team's, or against "
                                    "the same team before or after.")));
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 420);
    m_search->setFocus();
}

QUuid OtherSessionDialog::chosenSession() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(SessionListModel::IdRole).toUuid()
                             : QUuid();
}

} // namespace DriveDeck
