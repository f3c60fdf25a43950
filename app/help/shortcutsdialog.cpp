#include "help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

void collect(const QList<QAction *> &actions, QList<QPair<QString, QString>> &rows)
{
    for (QAction *action : actions) {
        if (action->menu()) {
            collect(action->menu()->actions(), rows);
            continue;
        }
        if (action->shortcut().isEmpty() || action->isSeparator())
            continue;
        QString what = action->text();
        what.remove(QLatin1Char('&'));
        rows.append({what, action->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &menuActions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    collect(menuActions, m_rows);
    m_rows.append({tr("Go to page 1 to 4 of the open session"), tr("Alt+1 to Alt+4")});
    m_rows.append({tr("Card wall: pick a card, or take it back"), tr("its number (1 to 24)")});
    m_rows.append({tr("Card wall: mark a card “not me”"),
                   tr("Shift+Space or the menu key on the card in focus")});
    m_rows.append({tr("Card wall: the next or previous person"), tr("Page Down, Page Up")});
    m_rows.append({tr("Card wall, ranked round: the card in focus one place up or down"),
                   tr("Alt+Left, Alt+Right (or drag it onto another card)")});
    m_rows.append({tr("Card wall: move between cards, pick the one in focus"), tr("Tab, Space")});
    m_rows.append({tr("Yes/no scan: yes"), tr("Y, J or Right")});
    m_rows.append({tr("Yes/no scan: no"), tr("N, F or Left")});
    m_rows.append({tr("Yes/no scan: go on after a pause"), tr("Enter")});
    m_rows.append({tr("Pass the laptop or scan: back to the facilitator (asks first)"), tr("Esc")});

    m_table = new QTableWidget(int(m_rows.size()), 2);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < m_rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(m_rows.at(row).second));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    // Every row in sight where the screen has the room; a scroll bar only on a small one.
    m_table->resizeRowsToContents();
    int rowsHeight = m_table->horizontalHeader()->sizeHint().height() + 4;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rowsHeight += m_table->rowHeight(row);
    int height = rowsHeight + buttons->sizeHint().height() + 40;
    if (const QScreen *shown = parent ? parent->screen() : screen())
        height = qMin(height, int(shown->availableGeometry().height() * 0.9));
    resize(760, height);
}

} // namespace DriveDeck
