#include "reportwriter/pdfreport.h"

#include "io/privatefile.h"

#include "render/pageflow.h"
#include "reportwriter/reportcomposer.h"
#include "translator.h"

#include <QBuffer>
#include <QDir>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace DriveDeck {

namespace {

// Fine enough for the charts' thinnest lines; the text is vector at any resolution.
constexpr int Resolution = 300;

} // namespace

QString PdfReport::fontFamily()
{
    static const QString family = [] {
        QString found;
        for (const char *file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (found.isEmpty() && !families.isEmpty())
                found = families.first();
        }
        return found.isEmpty() ? QStringLiteral("DejaVu Sans") : found;
    }();
    return family;
}

QByteArray PdfReport::write(const Session &session, const ReportOptions &options, int *pages)
{
    const QString family = fontFamily();
    // The report's words and number format, whatever the window's are.
    const Translations::LanguageScope language(options.language);
    const ReportComposer composer(session, options, family);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(Resolution);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                      QPageLayout::Millimeter));
        // The title names the session, never a person; no author is written.
        pdf.setTitle(composer.documentTitle());
        pdf.setCreator(QStringLiteral("DriveDeck"));
        PageFlow flow(pdf, family, composer.frame());
        const int count = flow.paint(composer.blocks());
        if (pages)
            *pages = count;
    }
    buffer.close();
    return bytes;
}

bool PdfReport::save(const Session &session, const ReportOptions &options, const QString &path,
                     QString *error, int *pages)
{
    const QByteArray bytes = write(session, options, pages);
    // Written whole or not at all: a report open in a viewer is replaced, never half-written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The report could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace DriveDeck
