#pragma once

#include <QAbstractTableModel>

namespace DriveDeck {

class SessionDocument;

// The session's people for the set-up page: name and alias, edited in place. An edit goes
// through the document (undoable); the rows follow the document one change at a time.
class ParticipantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AliasColumn,
        ColumnCount
    };
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1
    };

    explicit ParticipantsModel(SessionDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An edit the document refused, with its reason.
    void refused(const QString &message);

private:
    SessionDocument *m_document;
    int m_rows = 0;
};

} // namespace DriveDeck
