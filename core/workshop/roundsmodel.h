#pragma once

#include <QAbstractListModel>

namespace DriveDeck {

class SessionDocument;

// The session's rounds for the set-up page: each with its question and its rule in a few words
// ("1 to 3 cards, ranked"). Rows follow the document one change at a time.
class RoundsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RoundIdRole = Qt::UserRole + 1,
        RuleTextRole
    };

    explicit RoundsModel(SessionDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    SessionDocument *m_document;
    int m_rows = 0;
};

} // namespace DriveDeck
