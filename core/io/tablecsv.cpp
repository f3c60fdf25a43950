#include "io/tablecsv.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QStringList>

namespace DriveDeck {

QString TableCsv::field(const QString &input)
{
    // A name or title that a spreadsheet would run as a formula gets a leading ' (csv-format.md,
    // "Spreadsheet safety"); a number with its sign ("-2", "+3.5 %") stays a number.
    static const QRegularExpression number(
        QStringLiteral("^[+\\-\\x{2212}]?[0-9]+([.,][0-9]+)?( ?%)?$"));
    const QChar first = input.isEmpty() ? QChar() : input.front();
    const bool formulaLike = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                             first == u'\t' || first == u'\r';
    const QString text = formulaLike && !number.match(input).hasMatch() ? u'\'' + input : input;
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray TableCsv::of(const QAbstractItemModel &model)
{
    QString out;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << field(model.headerData(column, Qt::Horizontal).toString());
    out += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column)
            fields << field(model.index(row, column).data().toString());
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace DriveDeck
