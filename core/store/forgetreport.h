#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace DriveDeck {

// What forgetting a person (a privacy request) takes out of the saved sessions, session by
// session: as found before the change when it is only looked at, as done after it.
struct ForgetReport
{
    struct Part
    {
        QUuid sessionId;
        QString title;         // the session's title before the change
        qint64 picks = 0;      // their picks, "me" and "not me"
        qint64 notes = 0;      // of those, the ones with a story
        qint64 agreements = 0; // agreements they own, removed
        qint64 rounds = 0;     // target rounds they alone picked, removed
        // Other texts of the session that name them (notes, questions, titles, other people's
        // stories, agreements): the name is replaced, the text stays.
        qint64 mentions = 0;

        friend bool operator==(const Part &, const Part &) = default;
    };

    QString name;        // as it was matched: normalised
    QString replacement; // what other texts say instead of the name
    QList<Part> sessions;
    // What may still hold the removed text outside the tables (the database's files), for the
    // facilitator to pass on; empty when nothing does.
    QString residue;

    bool isEmpty() const { return sessions.isEmpty(); }
};

} // namespace DriveDeck
