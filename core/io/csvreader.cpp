#include "io/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
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

// How many bytes the UTF-8 sequence that starts with lead has; 0 when no sequence starts so.
int sequenceLength(uchar lead)
{
    return lead < 0x80           ? 1
           : (lead >> 5) == 0x6  ? 2
           : (lead >> 4) == 0xE  ? 3
           : (lead >> 3) == 0x1E ? 4
                                 : 0;
}

// Where the first byte is that UTF-8 does not allow (a lone continuation byte, a sequence cut
// short, an overlong form, a surrogate, beyond U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto at = [&bytes](qsizetype k) { return uchar(bytes.at(k)); };
        const uchar lead = at(i);
        const int length = sequenceLength(lead);
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

// How many bytes at the end of bytes start a sequence that the next chunk completes (0 to 3).
qsizetype incompleteTail(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, size); ++back) {
        const uchar c = uchar(bytes.at(size - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int length = sequenceLength(c);
        return length > back ? back : 0;
    }
    return 0;
}

Error notUtf8(qint64 line, qint64 byteInLine)
{
    return Error(Error::Kind::InvalidInput,
                 CsvReader::tr("line %1, byte %2: the file is not UTF-8 text; save it as \"CSV "
                               "UTF-8\" and try again")
                     .arg(line)
                     .arg(byteInLine));
}

// The CSV state machine, fed decoded text in pieces of any size.
class RecordParser
{
public:
    explicit RecordParser(const CsvReader::RecordHandler &onRecord)
        : m_onRecord(onRecord)
    {
        m_record.line = 1;
    }

    // False when the handler asked to stop.
    bool stopped() const { return m_stopped; }

    Status feed(QStringView text)
    {
        if (m_delimiter.isNull()) {
            // The delimiter is told from the first line, so it waits for that line (or enough of
            // a very long one).
            m_pending.append(text);
            const qsizetype firstBreak = m_pending.indexOf(u'\n');
            if (firstBreak < 0 && m_pending.size() < 65'536)
                return success();
            m_delimiter = CsvReader::detectDelimiter(
                QStringView(m_pending).left(firstBreak < 0 ? m_pending.size() : firstBreak));
            const QString pending = std::exchange(m_pending, QString());
            return consume(pending);
        }
        return consume(text);
    }

    Status finish()
    {
        if (m_delimiter.isNull()) {
            m_delimiter = CsvReader::detectDelimiter(m_pending);
            const QString pending = std::exchange(m_pending, QString());
            if (const Status ok = consume(pending); !ok)
                return ok;
        }
        if (m_stopped)
            return success();
        if (m_afterCarriageReturn)
            m_afterCarriageReturn = false;
        if (m_inQuotes && m_quotePending) {
            // The file ended right after a quote inside a quoted field: it closed the field.
            m_inQuotes = false;
            m_quotePending = false;
            m_afterClosingQuote = true;
        }
        if (m_inQuotes) {
            return Error(Error::Kind::InvalidInput,
                         CsvReader::tr("line %1: a quoted field is never closed; the file may be "
                                       "cut off")
                             .arg(m_quoteStartLine));
        }
        // The last record, when the file does not end with a line break.
        if (!m_field.isEmpty() || !m_record.fields.isEmpty() || m_afterClosingQuote) {
            endField();
            endRecord();
        }
        return success();
    }

private:
    Status consume(QStringView text)
    {
        for (const QChar c : text) {
            if (m_stopped)
                return success();
            if (m_afterCarriageReturn) {
                m_afterCarriageReturn = false;
                if (c == u'\n')
                    continue; // the second half of "\r\n"
            }
            if (m_inQuotes) {
                if (m_quotePending) {
                    m_quotePending = false;
                    if (c == u'"') {
                        if (const Status ok = append(c); !ok)
                            return ok;
                        continue;
                    }
                    // That quote closed the field; c is read as outside quotes below.
                    m_inQuotes = false;
                    m_afterClosingQuote = true;
                } else if (c == u'"') {
                    m_quotePending = true;
                    continue;
                } else {
                    if (c == u'\n')
                        ++m_line;
                    if (const Status ok = append(c); !ok)
                        return ok;
                    continue;
                }
            }
            if (c == m_delimiter) {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                m_afterCarriageReturn = c == u'\r';
                endField();
                endRecord();
                ++m_line;
                m_record.line = m_line;
            } else if (c == u'"' && m_field.isEmpty() && !m_afterClosingQuote) {
                m_inQuotes = true;
                m_quoteStartLine = m_line;
            } else if (m_afterClosingQuote) {
                return Error(Error::Kind::InvalidInput,
                             CsvReader::tr("line %1: unexpected text after a closing quote; a "
                                           "quote inside a quoted field must be doubled (\"\")")
                                 .arg(m_line));
            } else if (const Status ok = append(c); !ok) {
                return ok;
            }
        }
        return success();
    }

    Status append(QChar c)
    {
        if (m_field.size() >= CsvReader::MaxFieldLength) {
            return Error(Error::Kind::InvalidInput,
                         CsvReader::tr("line %1: a cell of more than %L2 characters; is a quote "
                                       "missing, or is this not a CSV of picks?")
                             .arg(m_inQuotes ? m_quoteStartLine : m_line)
                             .arg(CsvReader::MaxFieldLength));
        }
        m_field.append(c);
        return success();
    }

    void endField()
    {
        m_record.fields.append(m_field);
        m_field.clear();
        m_afterClosingQuote = false;
    }

    void endRecord()
    {
        const bool blank = std::all_of(m_record.fields.cbegin(), m_record.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank && !m_onRecord(m_record))
            m_stopped = true;
        m_record = CsvRecord();
    }

    const CsvReader::RecordHandler &m_onRecord;
    QChar m_delimiter;
    QString m_pending;
    CsvRecord m_record;
    QString m_field;
    int m_line = 1;
    int m_quoteStartLine = 0;
    bool m_inQuotes = false;
    bool m_quotePending = false; // a quote inside quotes: doubled, or the field's end
    bool m_afterClosingQuote = false;
    bool m_afterCarriageReturn = false;
    bool m_stopped = false;
};

} // namespace

Status CsvReader::read(QIODevice &device, const RecordHandler &onRecord)
{
    constexpr qint64 ChunkSize = 1 << 20;
    RecordParser parser(onRecord);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QByteArray carry; // the start of a sequence the next chunk completes
    qint64 line = 1;
    qint64 lineStart = 0; // offset of the current line's first byte in the file
    qint64 offset = 0;    // offset of carry's first byte in the file
    bool first = true;
    for (;;) {
        QByteArray chunk = device.read(ChunkSize);
        if (chunk.isEmpty() && !device.atEnd()) {
            return Error(Error::Kind::FileAccess,
                         tr("the file cannot be read: %1").arg(device.errorString()));
        }
        const bool last = chunk.isEmpty();
        QByteArray bytes = carry + chunk;
        carry.clear();
        if (!last) {
            const qsizetype tail = incompleteTail(bytes);
            carry = bytes.right(tail);
            bytes.chop(tail);
        }
        const qsizetype bad = firstInvalidUtf8(bytes);
        const QByteArrayView valid = QByteArrayView(bytes).first(bad < 0 ? bytes.size() : bad);
        // Lines and their starts, for the message that names a byte.
        for (qsizetype i = valid.indexOf('\n'); i >= 0; i = valid.indexOf('\n', i + 1)) {
            ++line;
            lineStart = offset + i + 1;
        }
        if (bad >= 0)
            return notUtf8(line, offset + bad - lineStart + 1);
        QString text = decoder.decode(valid);
        if (first && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        first = first && text.isEmpty();
        if (const Status ok = parser.feed(text); !ok)
            return ok;
        if (parser.stopped())
            return success();
        offset += valid.size();
        if (last)
            break;
    }
    return parser.finish();
}

Result<QString> CsvReader::decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Where, so that the cell can be found: the line, and the byte in it.
        const qsizetype bad = std::max<qsizetype>(0, firstInvalidUtf8(bytes));
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad - 1) + 1;
        const qsizetype line = bytes.left(bad).count('\n') + 1;
        return notUtf8(line, bad - lineStart + 1);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<QList<CsvRecord>> CsvReader::parse(const QString &text)
{
    QList<CsvRecord> records;
    const RecordHandler collect = [&records](const CsvRecord &record) {
        records.append(record);
        return true;
    };
    RecordParser parser(collect);
    if (const Status ok = parser.feed(text); !ok)
        return ok.error();
    if (const Status ok = parser.finish(); !ok)
        return ok.error();
    return records;
}

} // namespace DriveDeck
