#pragma once

#include <QString>
#include <QStringList>

namespace DriveDeck {

// Key figures as a bulleted list for a rich-text label. A drive's two words stay on one line
// ("Achievement · Innovation" never breaks at the dot); the sentences themselves are unchanged,
// so what a screen reader hears is the plain text.
inline QString sentenceList(const QStringList &sentences, int spacing = 8)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &sentence : sentences)
        html += QStringLiteral("<li style=\"margin-bottom: %1px\">%2</li>")
                    .arg(spacing)
                    .arg(sentence.toHtmlEscaped().replace(QStringLiteral(" · "),
                                                          QStringLiteral("&nbsp;·&nbsp;")));
    return html + QStringLiteral("</ul>");
}

} // namespace DriveDeck
