#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace DriveDeck {

// A table as shown (a model's header and rows, in the view's order) as RFC 4180 CSV in UTF-8:
// fields with a comma, a quote or a line break are quoted, quotes doubled. For the profile
// page's tables, pasted into a spreadsheet or saved beside the report.
class TableCsv
{
public:
    static QByteArray of(const QAbstractItemModel &model);
    static QString field(const QString &text);
};

} // namespace DriveDeck
