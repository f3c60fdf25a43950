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

namespace {

// Where the first byte is that UTF-8 does not allow (a lone continuation byte, a sequence cut
// short, an overlong form, a surrogate, beyond U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto at = [&bytes](qsizetype k) { return uchar(bytes.at(k)); };
        const uchar lead = at(i);
        const int length = lead < 0x80           ? 1
                           : (lead >> 5) == 0x6  ? 2
                           : (lead >> 4) == 0xE  ? 3
                           : (lead >> 3) == 0x1E ? 4
                                                 : 0;
        if (length == 0 || (length == 2 && lead < 0xC2) || (length == 4 && lead > 0xF4) ||
            i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((at(i + k) & 0xC0) != 0x80)
                return i;
        }
        if (length == 3 &&
            ((lead == 0xE0 && at(i + 1) < 0xA0) || (lead == 0xED && at(i + 1) >= 0xA0)))
            return i;
        if (length == 4 &&
            ((lead == 0xF0 && at(i + 1) < 0x90) || (lead == 0xF4 && at(i + 1) >= 0x90)))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

Result<QString> CsvReader::decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Where, so that the cell can be found: the line, and the byte in it.
        const qsizetype bad = std::max<qsizetype>(0, firstInvalidUtf8(bytes));
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad - 1) + 1;
        const qsizetype line = bytes.left(bad).count('\n') + 1;
        return Error(Error::Kind::InvalidInput,
                     tr("line %1, byte %2: the file is not UTF-8 text; save it as \"CSV UTF-8\" "
                        "and try again")
                         .arg(line)
                         .arg(bad - lineStart + 1));
    }
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
