#include "domain/text.h"

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

} // namespace DriveDeck::Text
