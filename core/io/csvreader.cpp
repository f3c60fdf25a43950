#include "io/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace DriveDeck {

QChar CsvReader::detectDelimiter(QStringView firstLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

Result<QString> CsvReader::decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error(Error::Kind::InvalidInput,
                     tr("the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<QList<CsvRecord>> CsvReader::parse(const QString &text)
{
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QChar delimiter =
        detectDelimiter(QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak));

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterClosingQuote = false;
    int quoteStartLine = 0;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterClosingQuote = false;
    };
    auto endRecord = [&] {
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank)
            records.append(record);
        record = CsvRecord();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endField();
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"' && field.isEmpty() && !afterClosingQuote) {
            inQuotes = true;
            quoteStartLine = line;
        } else if (afterClosingQuote) {
            return Error(Error::Kind::InvalidInput,
                         tr("line %1: unexpected text after a closing quote; a quote inside a "
                            "quoted field must be doubled (\"\")")
                             .arg(line));
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        return Error(Error::Kind::InvalidInput,
                     tr("line %1: a quoted field is never closed; the file may be cut off")
                         .arg(quoteStartLine));
    }
    // The last record, when the file does not end with a line break.
    if (!field.isEmpty() || !record.fields.isEmpty() || afterClosingQuote) {
        endField();
        endRecord();
    }
    return records;
}

} // namespace DriveDeck
