#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace DriveDeck {

// One record of a CSV file and the line it starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

// Reads RFC 4180 CSV: quoted fields may hold the delimiter, doubled quotes and line breaks.
// The delimiter is told from the first line: a semicolon when it has more of those than commas
// (what a Dutch spreadsheet writes), else a comma. Blank lines, and the rows of only empty
// cells that spreadsheets write, are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::CsvReader)

public:
    // A cell longer than this is a missing quote or not a CSV of picks: refused at once rather
    // than read into memory whole.
    static constexpr qsizetype MaxFieldLength = 1'000'000;

    // Called for each record in order; returning false stops reading (not an error).
    using RecordHandler = std::function<bool(const CsvRecord &)>;

    // Reads UTF-8 from the device (a byte-order mark is dropped) record by record: memory holds
    // one record and one chunk of the file, never the whole file. Errors name the line, and for
    // bytes that are not UTF-8 the byte in it.
    static Status read(QIODevice &device, const RecordHandler &onRecord);
    // text: the whole file, already decoded. Errors name the line.
    static Result<QList<CsvRecord>> parse(const QString &text);
    // Decodes UTF-8 (a byte-order mark is dropped); an error for bytes that are not UTF-8.
    static Result<QString> decodeUtf8(const QByteArray &bytes);
    static QChar detectDelimiter(QStringView firstLine);
};

} // namespace DriveDeck
