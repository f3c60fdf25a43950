#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace DriveDeck {

// Help › Keyboard Shortcuts (F1): every key the workshop can be run with, from the menus as
// they are (so the list is never out of date) and the card wall's own keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &menuActions, QWidget *parent = nullptr);

    // The rows shown: what, and which keys.
    QList<QPair<QString, QString>> rows() const { return m_rows; }

private:
    QList<QPair<QString, QString>> m_rows;
    QTableWidget *m_table = nullptr;
};

} // namespace DriveDeck
