#include "app/reportdoc/KpiDocumentWriters.h"

#include "app/reportdoc/KpiPdfWriter.h"
#include "app/reportdoc/KpiXlsxWriter.h"

namespace ingot {

QHash<QString, ReportFormats::Factory> KpiDocumentWriters::factories()
{
    return {
        {QStringLiteral("xlsx"), [](Store&) { return std::make_unique<KpiXlsxWriter>(); }},
        {QStringLiteral("pdf"),
         [](Store& store) {
             return std::make_unique<KpiPdfWriter>([&store] { return store.quality().improvements().list(true); });
         }},
    };
}

} // namespace ingot
