#pragma once

#include "app/report/KpiDocumentWriter.h"
#include "core/repositories/Repositories.h"

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <memory>

namespace ingot {

// The output formats of the KPI report. json, csv and html are text written here; document formats
// (xlsx, pdf) come from KpiDocumentWriter implementations registered at start-up:
//
//     ReportFormats::registerDocumentWriter(QStringLiteral("xlsx"),
//                                           [](Store&) { return std::make_unique<XlsxWriter>(); });
//
// Until a format's writer is registered, asking for it is "format not available in this build".
class ReportFormats final {
public:
    // Makes a writer for a report computed from `store`: a writer that shows more than the report
    // (the PDF's improvement actions) reads it there.
    using Factory = std::function<std::unique_ptr<KpiDocumentWriter>(Store& store)>;

    static QStringList known();                     // json, csv, xlsx, pdf, html
    static bool isKnown(const QString& format);
    static bool isText(const QString& format);      // json, csv, html: may go to stdout
    static QByteArray writeText(const QString& format, const KpiReport& report);

    // Registers (or replaces) the writer of a document format; call once at start-up.
    static void registerDocumentWriter(const QString& format, Factory factory);
    static bool hasDocumentWriter(const QString& format);
    // The writer of a document format, or null when none is registered in this build.
    static std::unique_ptr<KpiDocumentWriter> documentWriter(const QString& format, Store& store);
};

} // namespace ingot
