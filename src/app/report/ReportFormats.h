#pragma once

#include "app/report/KpiDocumentWriter.h"

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <memory>

namespace ingot {

// The output formats of the KPI report. json, csv and html are text written here; document formats
// (xlsx, pdf) come from KpiDocumentWriter implementations registered at start-up:
//
//     ReportFormats::registerDocumentWriter(QStringLiteral("xlsx"), [] { return std::make_unique<XlsxWriter>(); });
//
// Until a format's writer is registered, asking for it is "format not available in this build".
class ReportFormats final {
public:
    using Factory = std::function<std::unique_ptr<KpiDocumentWriter>()>;

    static QStringList known();                     // json, csv, xlsx, pdf, html
    static bool isKnown(const QString& format);
    static bool isText(const QString& format);      // json, csv, html: may go to stdout
    static QByteArray writeText(const QString& format, const KpiReport& report);

    // Registers (or replaces) the writer of a document format; call once at start-up.
    static void registerDocumentWriter(const QString& format, Factory factory);
    // The writer of a document format, or null when none is registered in this build.
    static std::unique_ptr<KpiDocumentWriter> documentWriter(const QString& format);
};

} // namespace ingot
