#include "domain/text.h"

#include <algorithm>

namespace DriveDeck::Text {

QString shown(QStringView value, qsizetype max)
{
    QString clean;
    clean.reserve(std::min(value.size(), max + 1));
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (clean.size() >= max) {
            clean.append(QChar(0x2026));
            break;
        }
        const QChar c = value.at(i);
        // A surrogate pair is one character (an emoji, say) and stays; a lone half does not.
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(value.at(++i));
            continue;
        }
        const QChar::Category category = c.category();
        clean.append(category == QChar::Other_Control || category == QChar::Other_Format ||
                             category == QChar::Other_Surrogate
                         ? QChar(QChar::ReplacementCharacter)
                         : c);
    }
    return clean;
}

QString normalName(QStringView name)
{
    QString clean = name.toString().normalized(QString::NormalizationForm_C);
    clean.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return clean.simplified();
}

bool isDigits(QStringView value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QRegularExpression namePattern(const QStringList &names)
{
    QStringList alternatives;
    for (const QString &name : names) {
        const QStringList words = normalName(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QStringList escaped;
        for (const QString &word : words)
            escaped.append(QRegularExpression::escape(word));
        alternatives.append(escaped.join(QStringLiteral("\\s+")));
    }
    if (alternatives.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)"));
    // The longest first, so that "Anna de Vries" is taken whole before "Anna".
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // A word is letters, digits, combining marks and "_"; a name inside one is no mention.
    const QString edge = QStringLiteral("[\\p{L}\\p{N}\\p{M}_]");
    return QRegularExpression(
        QStringLiteral("(?<!%1)(?:%2)(?!%1)").arg(edge, alternatives.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace DriveDeck::Text
