#pragma once

#include "reportwriter/reportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace DriveDeck {

// The report for managers as an A4 PDF: real text in the report's own language, the fonts
// embedded, the charts as vectors from the same chart code as the window. Written with
// QPdfWriter and QPainter, in the thread that owns the QApplication (the charts draw on a
// graphics scene).
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::PdfReport)

public:
    // The one family every text is set in: DejaVu Sans, bundled with DriveDeck (Latin with its
    // accents, Greek and Cyrillic), so a report looks the same on every machine. Registered on
    // first use.
    static QString fontFamily();

    // The report as the bytes of a PDF file; pages, when given, says how many it has.
    static QByteArray write(const Session &session, const ReportOptions &options,
                            int *pages = nullptr);
    // Writes the file whole or not at all; false with why in error.
    static bool save(const Session &session, const ReportOptions &options, const QString &path,
                     QString *error, int *pages = nullptr);
};

} // namespace DriveDeck
