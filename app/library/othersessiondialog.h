#pragma once

#include <QDialog>
#include <QUuid>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace DriveDeck {

// Which saved session to compare the open one with (team vs team, before vs after): the
// library's list, searchable as on the start screen, without the session that is open.
class OtherSessionDialog : public QDialog
{
    Q_OBJECT

public:
    OtherSessionDialog(QAbstractItemModel *sessions, const QUuid &openSession,
                       QWidget *parent = nullptr);

    QUuid chosenSession() const;
    // Types into the search box, as a person would.
    QLineEdit *searchBox() const { return m_search; }
    QTableView *list() const { return m_list; }

private:
    QLineEdit *m_search = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_list = nullptr;
};

} // namespace DriveDeck
