#include "io/sessionfile.h"

#include "io/privatefile.h"

#include "domain/catalogue.h"
#include "domain/text.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QtEndian>
#include <QXmlStreamReader>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/version.hpp>

#include <array>
#include <climits>
#include <cstdint>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

// Serialization of the session model. Every class carries a version, so a later DriveDeck can
// read what this one wrote. Lists are written as a count and items, and read one item at a time
// without reserving the count: a hostile count cannot make us allocate more than the file holds.
namespace boost::serialization {

namespace {

// XML cannot hold every character: a NUL or a terminal escape pasted into a story would make
// a file no XML reader reads. Those, and halves of broken pairs, are written as U+FFFD, so that
// DriveDeck never writes a file it cannot read back.
QString xmlSafe(const QString &text)
{
    const qsizetype size = text.size();
    // Where the character at i is one XML cannot hold: how many code units it takes, else 0.
    const auto unsafeAt = [&](qsizetype i) -> int {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c))
            return i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode()) ? 0 : 1;
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || QChar::isLowSurrogate(c) ||
                       c == 0xFFFE || c == 0xFFFF
                   ? 1
                   : 0;
    };
    qsizetype first = 0;
    while (first < size && unsafeAt(first) == 0)
        first += QChar::isHighSurrogate(text.at(first).unicode()) ? 2 : 1;
    if (first >= size)
        return text; // nearly always: no copy
    QString clean = text.left(first);
    for (qsizetype i = first; i < size;) {
        if (unsafeAt(i)) {
            clean.append(QChar(QChar::ReplacementCharacter));
            ++i;
        } else {
            const qsizetype length = QChar::isHighSurrogate(text.at(i).unicode()) ? 2 : 1;
            clean.append(QStringView(text).mid(i, length));
            i += length;
        }
    }
    return clean;
}

template<class Archive>
void saveText(Archive &ar, const char *name, const QString &text)
{
    const std::string utf8 = xmlSafe(text).toStdString();
    ar << make_nvp(name, utf8);
}

template<class Archive>
QString loadText(Archive &ar, const char *name)
{
    std::string utf8;
    ar >> make_nvp(name, utf8);
    return QString::fromStdString(utf8);
}

template<class Archive>
QUuid loadUuid(Archive &ar, const char *name)
{
    const QString text = loadText(ar, name);
    const QUuid id(text);
    if (id.isNull())
        throw std::runtime_error("invalid id \"" + text.toStdString() + "\"");
    return id;
}

template<class Archive>
void saveOptional(Archive &ar, const char *name, const std::optional<int> &value)
{
    const std::int32_t stored = value.value_or(-1);
    ar << make_nvp(name, stored);
}

template<class Archive>
std::optional<int> loadOptional(Archive &ar, const char *name)
{
    std::int32_t stored = -1;
    ar >> make_nvp(name, stored);
    return stored < 0 ? std::nullopt : std::optional<int>(stored);
}

template<class Archive, class T>
void saveList(Archive &ar, const QList<T> &list)
{
    const std::uint64_t count = static_cast<std::uint64_t>(list.size());
    ar << make_nvp("count", count);
    for (const T &item : list)
        ar << make_nvp("item", item);
}

template<class Archive, class T>
void loadList(Archive &ar, QList<T> &list)
{
    std::uint64_t count = 0;
    ar >> make_nvp("count", count);
    list.clear();
    for (std::uint64_t i = 0; i < count; ++i) {
        T item;
        ar >> make_nvp("item", item);
        list.append(std::move(item));
    }
}

template<class Archive>
void saveUuidList(Archive &ar, const QList<QUuid> &ids)
{
    const std::uint64_t count = static_cast<std::uint64_t>(ids.size());
    ar << make_nvp("count", count);
    for (const QUuid &id : ids)
        saveText(ar, "id", id.toString(QUuid::WithoutBraces));
}

template<class Archive>
QList<QUuid> loadUuidList(Archive &ar)
{
    std::uint64_t count = 0;
    ar >> make_nvp("count", count);
    QList<QUuid> ids;
    for (std::uint64_t i = 0; i < count; ++i)
        ids.append(loadUuid(ar, "id"));
    return ids;
}

} // namespace

// A class version newer than the one this DriveDeck writes holds fields it cannot know: refused,
// never read as if it were the old one.
void checkVersion(unsigned version, unsigned known, const char *what)
{
    if (version > known)
        throw std::runtime_error(std::string(what) + " of a newer version (" +
                                 std::to_string(version) + ")");
}

template<class Archive>
void save(Archive &ar, const DriveDeck::Agreement &a, unsigned)
{
    saveText(ar, "id", a.id.toString(QUuid::WithoutBraces));
    saveText(ar, "text", a.text);
    saveText(ar, "owner", a.owner);
    saveText(ar, "due", a.due.isValid() ? a.due.toString(Qt::ISODate) : QString());
}

template<class Archive>
void load(Archive &ar, DriveDeck::Agreement &a, unsigned version)
{
    checkVersion(version, 1, "an agreement");
    a.id = loadUuid(ar, "id");
    a.text = loadText(ar, "text");
    a.owner = loadText(ar, "owner");
    const QString due = loadText(ar, "due");
    a.due = due.isEmpty() ? QDate() : QDate::fromString(due, Qt::ISODate);
    if (!due.isEmpty() && !a.due.isValid())
        throw std::runtime_error("invalid due date");
}

template<class Archive>
void save(Archive &ar, const DriveDeck::Participant &p, unsigned)
{
    saveText(ar, "id", p.id.toString(QUuid::WithoutBraces));
    saveText(ar, "name", p.displayName);
    saveText(ar, "alias", p.alias);
}

template<class Archive>
void load(Archive &ar, DriveDeck::Participant &p, unsigned version)
{
    checkVersion(version, 1, "a participant");
    p.id = loadUuid(ar, "id");
    p.displayName = loadText(ar, "name");
    p.alias = loadText(ar, "alias");
}

template<class Archive>
void save(Archive &ar, const DriveDeck::PickingRule &rule, unsigned)
{
    const std::string mode = rule.isScan() ? "scan" : "choose";
    const std::int32_t minPicks = rule.minPicks, maxPicks = rule.maxPicks,
                       seconds = rule.secondsPerCard;
    ar << make_nvp("mode", mode) << make_nvp("minPicks", minPicks) << make_nvp("maxPicks", maxPicks)
       << make_nvp("ranked", rule.ranked) << make_nvp("allowNegative", rule.allowNegative)
       << make_nvp("secondsPerCard", seconds);
}

template<class Archive>
void load(Archive &ar, DriveDeck::PickingRule &rule, unsigned version)
{
    checkVersion(version, 1, "a rule");
    std::string mode;
    std::int32_t minPicks = 0, maxPicks = 0, seconds = 0;
    ar >> make_nvp("mode", mode) >> make_nvp("minPicks", minPicks) >>
        make_nvp("maxPicks", maxPicks) >> make_nvp("ranked", rule.ranked) >>
        make_nvp("allowNegative", rule.allowNegative) >> make_nvp("secondsPerCard", seconds);
    if (mode != "scan" && mode != "choose")
        throw std::runtime_error("unknown round mode \"" + mode + "\"");
    rule.mode =
        mode == "scan" ? DriveDeck::PickingRule::Mode::Scan : DriveDeck::PickingRule::Mode::Choose;
    rule.minPicks = minPicks;
    rule.maxPicks = maxPicks;
    rule.secondsPerCard = seconds;
}

template<class Archive>
void save(Archive &ar, const DriveDeck::Round &round, unsigned)
{
    saveText(ar, "id", round.id.toString(QUuid::WithoutBraces));
    saveText(ar, "title", round.title);
    saveText(ar, "question", round.question);
    ar << make_nvp("rule", round.rule);
    saveUuidList(ar, round.participantIds);
    const std::int32_t timebox = round.timeboxMinutes;
    ar << make_nvp("target", round.target) << make_nvp("timeboxMinutes", timebox);
    ar << make_nvp("blind", round.blind);
}

template<class Archive>
void load(Archive &ar, DriveDeck::Round &round, unsigned version)
{
    checkVersion(version, 3, "a round");
    round.id = loadUuid(ar, "id");
    round.title = loadText(ar, "title");
    round.question = loadText(ar, "question");
    ar >> make_nvp("rule", round.rule);
    round.participantIds = loadUuidList(ar);
    if (version >= 2) {
        std::int32_t timebox = 0;
        ar >> make_nvp("target", round.target) >> make_nvp("timeboxMinutes", timebox);
        round.timeboxMinutes = timebox;
    }
    if (version >= 3)
        ar >> make_nvp("blind", round.blind);
}

template<class Archive>
void save(Archive &ar, const DriveDeck::Pick &pick, unsigned)
{
    saveText(ar, "participant", pick.participantId.toString(QUuid::WithoutBraces));
    saveText(ar, "round", pick.roundId.toString(QUuid::WithoutBraces));
    const std::int32_t drive = pick.driveId;
    ar << make_nvp("drive", drive);
    saveOptional(ar, "rank", pick.rank);
    const bool positive = pick.isPositive();
    ar << make_nvp("positive", positive);
    saveText(ar, "note", pick.note);
    saveText(ar, "madeAt",
             pick.madeAt.isValid() ? pick.madeAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    saveOptional(ar, "reactionTimeMs", pick.reactionTimeMs);
}

template<class Archive>
void load(Archive &ar, DriveDeck::Pick &pick, unsigned version)
{
    checkVersion(version, 1, "a pick");
    pick.participantId = loadUuid(ar, "participant");
    pick.roundId = loadUuid(ar, "round");
    std::int32_t drive = 0;
    ar >> make_nvp("drive", drive);
    pick.driveId = drive;
    pick.rank = loadOptional(ar, "rank");
    bool positive = true;
    ar >> make_nvp("positive", positive);
    pick.polarity = positive ? DriveDeck::Polarity::Positive : DriveDeck::Polarity::Negative;
    pick.note = loadText(ar, "note");
    const QString madeAt = loadText(ar, "madeAt");
    pick.madeAt = madeAt.isEmpty() ? QDateTime() : QDateTime::fromString(madeAt, Qt::ISODateWithMs);
    pick.reactionTimeMs = loadOptional(ar, "reactionTimeMs");
}

template<class Archive>
void save(Archive &ar, const DriveDeck::ScanRun &run, unsigned)
{
    saveText(ar, "round", run.roundId.toString(QUuid::WithoutBraces));
    saveText(ar, "participant", run.participantId.toString(QUuid::WithoutBraces));
    const std::uint32_t seed = run.seed;
    ar << make_nvp("seed", seed);
    const std::uint64_t count = static_cast<std::uint64_t>(run.unanswered.size());
    ar << make_nvp("unanswered", count);
    for (int drive : run.unanswered) {
        const std::int32_t d = drive;
        ar << make_nvp("drive", d);
    }
}

template<class Archive>
void load(Archive &ar, DriveDeck::ScanRun &run, unsigned version)
{
    checkVersion(version, 1, "a scan");
    run.roundId = loadUuid(ar, "round");
    run.participantId = loadUuid(ar, "participant");
    std::uint32_t seed = 0;
    ar >> make_nvp("seed", seed);
    run.seed = seed;
    std::uint64_t count = 0;
    ar >> make_nvp("unanswered", count);
    // A scan shows each of the 24 cards once: a longer list is not ours.
    if (count > std::uint64_t(DriveDeck::DriveCount))
        throw std::runtime_error("a scan with more unanswered cards than there are cards");
    run.unanswered.clear();
    for (std::uint64_t i = 0; i < count; ++i) {
        std::int32_t drive = 0;
        ar >> make_nvp("drive", drive);
        run.unanswered.append(drive);
    }
}

template<class Archive>
void save(Archive &ar, const DriveDeck::Session &s, unsigned)
{
    saveText(ar, "id", s.id.toString(QUuid::WithoutBraces));
    saveText(ar, "title", s.title);
    saveText(ar, "team", s.team);
    saveText(ar, "facilitator", s.facilitator);
    saveText(ar, "date", s.date.toString(Qt::ISODate));
    saveText(ar, "language", s.language);
    saveText(ar, "notes", s.notes);
    ar << make_nvp("anonymous", s.anonymous);
    saveText(ar, "deck", s.deck);
    ar << make_nvp("deckAtRandom", s.deckAtRandom);
    const std::int64_t revision = s.revision;
    ar << make_nvp("revision", revision);
    const std::uint64_t tagCount = static_cast<std::uint64_t>(s.tags.size());
    ar << make_nvp("tags", tagCount);
    for (const QString &tag : s.tags)
        saveText(ar, "tag", tag);
    saveList(ar, s.participants);
    saveList(ar, s.rounds);
    saveList(ar, s.picks);
    saveList(ar, s.agreements);
    saveList(ar, s.scanRuns);
}

template<class Archive>
void load(Archive &ar, DriveDeck::Session &s, unsigned version)
{
    checkVersion(version, 4, "a session");
    s.id = loadUuid(ar, "id");
    s.title = loadText(ar, "title");
    s.team = loadText(ar, "team");
    s.facilitator = loadText(ar, "facilitator");
    const QString date = loadText(ar, "date");
    s.date = QDate::fromString(date, Qt::ISODate);
    s.language = loadText(ar, "language");
    s.notes = loadText(ar, "notes");
    ar >> make_nvp("anonymous", s.anonymous);
    if (version >= 4) {
        s.deck = loadText(ar, "deck");
        ar >> make_nvp("deckAtRandom", s.deckAtRandom);
    }
    std::int64_t revision = 0;
    ar >> make_nvp("revision", revision);
    s.revision = revision;
    std::uint64_t tagCount = 0;
    ar >> make_nvp("tags", tagCount);
    s.tags.clear();
    for (std::uint64_t i = 0; i < tagCount; ++i)
        s.tags.append(loadText(ar, "tag"));
    loadList(ar, s.participants);
    loadList(ar, s.rounds);
    loadList(ar, s.picks);
    if (version >= 2)
        loadList(ar, s.agreements);
    if (version >= 3)
        loadList(ar, s.scanRuns);
}

} // namespace boost::serialization

BOOST_SERIALIZATION_SPLIT_FREE(DriveDeck::Participant)
BOOST_SERIALIZATION_SPLIT_FREE(DriveDeck::PickingRule)
BOOST_SERIALIZATION_SPLIT_FREE(DriveDeck::Round)
BOOST_SERIALIZATION_SPLIT_FREE(DriveDeck::Pick)
BOOST_SERIALIZATION_SPLIT_FREE(DriveDeck::Session)
BOOST_SERIALIZATION_SPLIT_FREE(DriveDeck::Agreement)
BOOST_SERIALIZATION_SPLIT_FREE(DriveDeck::ScanRun)
BOOST_CLASS_VERSION(DriveDeck::Participant, 1)
BOOST_CLASS_VERSION(DriveDeck::PickingRule, 1)
BOOST_CLASS_VERSION(DriveDeck::Round, 3)
BOOST_CLASS_VERSION(DriveDeck::Pick, 1)
BOOST_CLASS_VERSION(DriveDeck::Session, 4)
BOOST_CLASS_VERSION(DriveDeck::ScanRun, 1)
BOOST_CLASS_VERSION(DriveDeck::Agreement, 1)

namespace DriveDeck {

// Details for --verbose; a failure itself is said once, in the message the user sees.
Q_LOGGING_CATEGORY(lcSessionFile, "drivedeck.sessionfile", QtInfoMsg)

namespace {

// Boost's XML reader trusts the shape of what it reads: an end tag longer than the one it
// expects makes it read past its own string (a crash with a long enough tag). So the payload is
// checked with Qt's XML reader first: well-formed (every end tag matches its start tag), only
// the element names DriveDeck writes, no entity declarations, and within sensible limits.
constexpr int MaxDepth = 16;
constexpr qsizetype MaxTextLength = 1024 * 1024; // a story of a million characters at most

const QSet<QStringView> &knownElements()
{
    static const QSet<QStringView> names{u"boost_serialization",
                                         u"session",
                                         u"id",
                                         u"title",
                                         u"team",
                                         u"date",
                                         u"facilitator",
                                         u"language",
                                         u"tags",
                                         u"tag",
                                         u"notes",
                                         u"anonymous",
                                         u"deck",
                                         u"deckAtRandom",
                                         u"revision",
                                         u"participants",
                                         u"participant",
                                         u"name",
                                         u"alias",
                                         u"rounds",
                                         u"round",
                                         u"question",
                                         u"rule",
                                         u"mode",
                                         u"minPicks",
                                         u"maxPicks",
                                         u"ranked",
                                         u"allowNegative",
                                         u"secondsPerCard",
                                         u"target",
                                         u"blind",
                                         u"timeboxMinutes",
                                         u"picks",
                                         u"pick",
                                         u"drive",
                                         u"rank",
                                         u"positive",
                                         u"note",
                                         u"madeAt",
                                         u"reactionTimeMs",
                                         u"agreements",
                                         u"agreement",
                                         u"text",
                                         u"owner",
                                         u"due",
                                         u"scanRuns",
                                         u"scanRun",
                                         u"seed",
                                         u"unanswered",
                                         u"count",
                                         u"item",
                                         u"item_version"};
    return names;
}

// Fed the payload chunk by chunk as it is read for its checksum; problem() is empty when the
// payload may go to Boost, otherwise what is wrong, for the log.
class StructureCheck
{
public:
    void add(const QByteArray &chunk)
    {
        if (!m_problem.isEmpty())
            return;
        m_xml.addData(chunk);
        run();
    }

    QString finish()
    {
        if (m_problem.isEmpty() && m_xml.hasError())
            m_problem = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                            ? QStringLiteral("the document ends early")
                            : m_xml.errorString();
        if (m_problem.isEmpty() && !m_ended)
            m_problem = QStringLiteral("no document");
        return m_problem;
    }

private:
    void run()
    {
        while (!m_xml.atEnd() && m_problem.isEmpty()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                // Out of data: the next chunk goes on from here.
                if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                    m_problem = m_xml.errorString();
                return;
            }
            m_problem = check(token);
        }
    }

    QString check(QXmlStreamReader::TokenType token)
    {
        switch (token) {
        case QXmlStreamReader::DTD:
            // Boost writes a bare <!DOCTYPE boost_serialization>; declarations are refused.
            if (!m_xml.entityDeclarations().isEmpty() || !m_xml.notationDeclarations().isEmpty() ||
                m_xml.dtdName() != QLatin1String("boost_serialization"))
                return QStringLiteral("a document type with declarations");
            break;
        case QXmlStreamReader::EntityReference:
            return QStringLiteral("an entity reference");
        case QXmlStreamReader::StartElement:
            m_textLength = 0;
            if (++m_depth > MaxDepth)
                return QStringLiteral("elements nested deeper than %1").arg(MaxDepth);
            if (!knownElements().contains(m_xml.name()))
                return QStringLiteral("an unknown element <%1>").arg(m_xml.name().left(40));
            break;
        case QXmlStreamReader::EndElement:
            m_textLength = 0;
            --m_depth;
            break;
        case QXmlStreamReader::Characters:
            // A text read in pieces is counted whole.
            m_textLength += m_xml.text().size();
            if (m_textLength > MaxTextLength)
                return QStringLiteral("a text of more than %1 characters").arg(MaxTextLength);
            break;
        case QXmlStreamReader::EndDocument:
            m_ended = true;
            break;
        default:
            break;
        }
        return {};
    }

    QXmlStreamReader m_xml;
    QString m_problem;
    int m_depth = 0;
    qsizetype m_textLength = 0;
    bool m_ended = false;
};

// Boost reads from a std::istream: this one reads at most length bytes of a QIODevice, a chunk
// at a time, so that a session file is never in memory whole.
class DeviceReadBuffer : public std::streambuf
{
public:
    DeviceReadBuffer(QIODevice &device, qint64 length)
        : m_device(device)
        , m_remaining(length)
    {}

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        const qint64 wanted = std::min<qint64>(qint64(m_buffer.size()), m_remaining);
        const qint64 got = wanted > 0 ? m_device.read(m_buffer.data(), wanted) : 0;
        if (got <= 0)
            return traits_type::eof();
        m_remaining -= got;
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + got);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice &m_device;
    qint64 m_remaining;
    std::array<char, 1 << 16> m_buffer{};
};

// Boost writes to a std::ostream: this one writes to a QIODevice a chunk at a time, hashing as it
// goes. Past the limit it stops writing but goes on counting, so the message can say how big the
// session would have been.
class DeviceWriteBuffer : public std::streambuf
{
public:
    DeviceWriteBuffer(QIODevice &device, qint64 limit)
        : m_device(device)
        , m_limit(limit)
    {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }

    qint64 size() const { return m_size; }
    bool tooBig() const { return m_size > m_limit; }
    bool failed() const { return m_failed; }
    QByteArray checksum() const { return m_hash.result(); }

protected:
    int_type overflow(int_type c) override
    {
        if (!flushBuffer())
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

    int sync() override { return flushBuffer() ? 0 : -1; }

private:
    bool flushBuffer()
    {
        const qint64 pending = pptr() - pbase();
        m_size += pending;
        if (!tooBig() && !m_failed && pending > 0) {
            m_hash.addData(QByteArrayView(pbase(), pending));
            m_failed = m_device.write(pbase(), pending) != pending;
        }
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return !m_failed;
    }

    QIODevice &m_device;
    qint64 m_limit;
    qint64 m_size = 0;
    bool m_failed = false;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::array<char, 1 << 16> m_buffer{};
};

} // namespace

const QByteArray SessionFile::Magic = QByteArray::fromHex("8944444b0d0a1a0a");

namespace {

QString shown(const QString &displayName)
{
    return QDir::toNativeSeparators(displayName);
}

} // namespace

QByteArray SessionFile::encode(const Session &session)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    // In memory the format's own limit is the only one, and a QBuffer does not refuse a write.
    const Status encoded = encodeTo(session, buffer, std::numeric_limits<qint64>::max());
    Q_ASSERT(encoded.ok());
    return buffer.data();
}

Status SessionFile::encodeTo(const Session &session, QIODevice &device, qint64 maxPayload)
{
    // The header's length and checksum are known only at the end: a blank header first, the
    // payload streamed after it, then the header written over the blank.
    const qint64 start = device.pos();
    if (device.write(QByteArray(HeaderSize, '\0')) != HeaderSize)
        return Error(Error::Kind::FileAccess, device.errorString());
    DeviceWriteBuffer buffer(device, maxPayload);
    try {
        std::ostream stream(&buffer);
        {
            boost::archive::xml_oarchive archive(stream);
            archive << boost::serialization::make_nvp("session", session);
        } // the archive writes its closing tag here
        stream.flush();
    } catch (const std::exception &e) {
        qCDebug(lcSessionFile) << "cannot write" << session.title << ":" << e.what();
    }
    if (buffer.failed())
        return Error(Error::Kind::FileAccess, device.errorString());
    if (buffer.tooBig()) {
        return Error(Error::Kind::InvalidInput,
                     tr("“%1” is too big for a DriveDeck session file: %2 MB, where a file holds "
                        "at most %3 MB (%n pick(s)). Export its picks as CSV instead; nothing "
                        "was written.",
                        nullptr, int(std::min<qsizetype>(session.picks.size(), INT_MAX)))
                         .arg(Text::shown(session.title))
                         .arg((buffer.size() + 999'999) / 1'000'000)
                         .arg(maxPayload / 1'000'000));
    }
    QByteArray header(HeaderSize, '\0');
    std::copy(Magic.cbegin(), Magic.cend(), header.begin());
    qToBigEndian<quint32>(FormatVersion, header.data() + 8);
    qToBigEndian<quint64>(quint64(buffer.size()), header.data() + 12);
    const QByteArray checksum = buffer.checksum();
    std::copy(checksum.cbegin(), checksum.cend(), header.begin() + 20);
    const qint64 end = device.pos();
    if (!device.seek(start) || device.write(header) != HeaderSize || !device.seek(end))
        return Error(Error::Kind::FileAccess, device.errorString());
    return success();
}

Result<qint64> SessionFile::checkHeader(const QByteArray &header, qint64 fileSize,
                                        const QString &displayName)
{
    const QString name = shown(displayName);
    if (fileSize == 0)
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is empty: it is not a DriveDeck session file.").arg(name));
    if (!header.startsWith(Magic.left(qMin<qsizetype>(header.size(), Magic.size())))) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is not a DriveDeck session file (it does not start like one). "
                        "CSV files are imported as CSV.")
                         .arg(name));
    }
    if (fileSize < HeaderSize) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is cut off: it ends after %2 bytes, inside the file header.")
                         .arg(name)
                         .arg(fileSize));
    }
    const quint32 version = qFromBigEndian<quint32>(header.constData() + 8);
    if (version == 0) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is damaged: its format version is 0.").arg(name));
    }
    if (version > FormatVersion) {
        return Error(Error::Kind::Unsupported,
                     tr("\"%1\" was written by a newer DriveDeck (file format %2; this version "
                        "reads format %3). Update DriveDeck to open it.")
                         .arg(name)
                         .arg(version)
                         .arg(FormatVersion));
    }
    const quint64 declared = qFromBigEndian<quint64>(header.constData() + 12);
    const qint64 actual = fileSize - HeaderSize;
    if (declared > quint64(MaxPayloadSize)) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is damaged: it declares %2 bytes of session data, more than any "
                        "session file holds.")
                         .arg(name)
                         .arg(declared));
    }
    if (qint64(declared) > actual) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is cut off: it should hold %2 bytes of session data but has "
                        "only %3. Copy the file again.")
                         .arg(name)
                         .arg(declared)
                         .arg(actual));
    }
    if (qint64(declared) < actual) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is damaged: it has %2 bytes more than it declares.")
                         .arg(name)
                         .arg(actual - qint64(declared)));
    }
    return qint64(declared);
}

Result<Session> SessionFile::decodePayload(QIODevice &device, qint64 length,
                                           const QByteArray &checksum, const QString &displayName)
{
    const QString name = shown(displayName);
    const auto cannotRead = [&] {
        return Error(Error::Kind::FileAccess,
                     tr("Cannot read \"%1\": %2").arg(name, device.errorString()));
    };
    // First pass: the checksum, and the structure Boost relies on, in one read of the payload.
    const qint64 start = device.pos();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    StructureCheck structure;
    for (qint64 remaining = length; remaining > 0;) {
        const QByteArray chunk = device.read(std::min<qint64>(remaining, 1 << 20));
        if (chunk.isEmpty())
            return cannotRead();
        hash.addData(chunk);
        structure.add(chunk);
        remaining -= chunk.size();
    }
    if (hash.result() != checksum) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is damaged: its contents do not match its checksum. Copy the file "
                        "again or ask for a new export.")
                         .arg(name));
    }
    const QString unreadable = tr("\"%1\" cannot be read: it is damaged or was written by another "
                                  "program. Ask for a new export from DriveDeck.")
                                   .arg(name);
    if (const QString problem = structure.finish(); !problem.isEmpty()) {
        qCDebug(lcSessionFile) << "cannot parse" << displayName << ":" << problem;
        return Error(Error::Kind::InvalidInput, unreadable);
    }
    // Second pass: Boost reads the session from the same bytes, a chunk at a time.
    if (!device.seek(start))
        return cannotRead();
    Session session;
    try {
        DeviceReadBuffer buffer(device, length);
        std::istream stream(&buffer);
        // The tags were checked above; Boost's own check is the one that reads past its string.
        boost::archive::xml_iarchive archive(stream, boost::archive::no_xml_tag_checking);
        archive >> boost::serialization::make_nvp("session", session);
    } catch (const std::exception &e) {
        // Boost's wording helps developers, not facilitators.
        qCDebug(lcSessionFile) << "cannot parse" << displayName << ":" << e.what();
        return Error(Error::Kind::InvalidInput, unreadable);
    }
    // A session exported mid-workshop (someone with one card of three) reads back as it was.
    const ValidationIssues issues = session.blockingIssues();
    if (!issues.isEmpty()) {
        return Error(
            Error::Kind::InvalidInput,
            tr("\"%1\" holds a session that is not valid: %2").arg(name, issues.first().message));
    }
    return session;
}

Result<Session> SessionFile::decode(const QByteArray &bytes, const QString &displayName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(buffer, bytes.size(), displayName);
}

Result<Session> SessionFile::readFrom(QIODevice &device, qint64 size, const QString &displayName)
{
    const QByteArray header = device.read(HeaderSize);
    const Result<qint64> length = checkHeader(header, size, displayName);
    if (!length)
        return length.error();
    // Only now, with the length checked against the file's size, is the payload read.
    return decodePayload(device, *length, header.mid(20, 32), displayName);
}

Status SessionFile::write(const Session &session, const QString &path, qint64 maxPayload)
{
    // What DriveDeck writes it must read again: never a file beyond what read() accepts.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file)) {
        return Error(Error::Kind::FileAccess,
                     tr("Cannot write \"%1\": %2").arg(shown(path), file.errorString()));
    }
    if (const Status encoded = encodeTo(session, file, maxPayload); !encoded) {
        file.cancelWriting();
        if (encoded.errorKind() == Error::Kind::FileAccess)
            return Error(Error::Kind::FileAccess,
                         tr("Cannot write \"%1\": %2").arg(shown(path), encoded.errorMessage()));
        return encoded;
    }
    if (!file.commit())
        return Error(Error::Kind::FileAccess,
                     tr("Cannot write \"%1\": %2").arg(shown(path), file.errorString()));
    return success();
}

Result<Session> SessionFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::FileAccess,
                     tr("Cannot open \"%1\": %2").arg(shown(path), file.errorString()));
    return readFrom(file, file.size(), path);
}

} // namespace DriveDeck
