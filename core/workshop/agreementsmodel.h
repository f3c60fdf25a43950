#pragma once

#include <QAbstractTableModel>

namespace DriveDeck {

class SessionDocument;

// What the team agreed: text, owner and due date, edited in place through the document. The
// rows follow the document one change at a time.
class AgreementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        OwnerColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        AgreementIdRole = Qt::UserRole + 1
    };

    explicit AgreementsModel(SessionDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refused(const QString &message);

private:
    SessionDocument *m_document;
    int m_rows = 0;
};

} // namespace DriveDeck
