#include "gui/report/KpiReportJob.h"

#include "app/report/KpiReportService.h"
#include "app/report/ReportFormats.h"
#include "app/reportdoc/DocumentFile.h"
#include "app/reportdoc/KpiPageImage.h"
#include "app/reportdoc/KpiPageRenderer.h"
#include "app/reportdoc/KpiPdfWriter.h"
#include "app/reportdoc/KpiXlsxWriter.h"
#include "app/storage/StoreOpener.h"
#include "core/repositories/KpiRepository.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KpiReportDialog)
};
} // namespace

KpiReportJob::ReportSource KpiReportJob::storeSource()
{
    return [](Store& store, const LocalMonth& month, qint64 now) -> Result<KpiReport> {
        std::unique_ptr<KpiRepository> repository = store.kpiReads();
        return KpiReportService(store, *repository).build(month, now);
    };
}

KpiReportOutcome KpiReportJob::run(const KpiReportRequest& request, const ReportSource& source,
                                   const Progress& progress, const std::atomic<bool>& cancelled)
{
    KpiReportOutcome outcome;
    auto stop = [&outcome] {
        outcome.cancelled = true;
        return outcome;
    };
    auto fail = [&outcome](Error error) {
        outcome.error = std::move(error);
        return outcome;
    };

    progress(Text::tr("Opening the database…"), 0, 0);
    StoreOpener::Options options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    auto opened = StoreOpener::open(request.dbPath, options);
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<Store> store = std::move(opened->store);

    progress(Text::tr("Computing the KPIs of %1…").arg(request.month.key()), 0, 0);
    auto report = source(*store, request.month, request.now);
    if (!report)
        return fail(report.error());
    outcome.report = std::move(report).value();
    if (cancelled)
        return stop();

    auto actions = store->quality().improvements().list(true);
    if (!actions)
        return fail(actions.error());

    std::unique_ptr<KpiPageRenderer> pages;
    if (request.preview || request.format == QLatin1String("pdf")) {
        progress(Text::tr("Laying out the pages…"), 0, 0);
        pages = KpiPdfWriter::layout(outcome.report, request.language, *actions);
    }
    if (request.preview && pages) {
        const int count = pages->pageCount();
        for (int i = 0; i < count; ++i) {
            if (cancelled)
                return stop();
            progress(Text::tr("Drawing page %1 of %2…").arg(i + 1).arg(count), i, count);
            const KpiPageImage image = KpiPageImage::render(*pages, i, request.dpi);
            // Wraps cairo's pixels (same layout as Format_ARGB32_Premultiplied), then owns a copy.
            outcome.pages << QImage(reinterpret_cast<const uchar*>(image.pixels.constData()), image.width, image.height,
                                    image.stride, QImage::Format_ARGB32_Premultiplied)
                                 .copy();
        }
    }
    if (cancelled)
        return stop();

    if (!request.outPath.isEmpty()) {
        progress(Text::tr("Writing %1…").arg(request.outPath), 0, 0);
        Status written = success();
        if (request.format == QLatin1String("pdf")) {
            auto pdf = pages->pdf();
            written = pdf ? DocumentFile::write(request.outPath, *pdf) : Status(pdf.error());
        } else if (request.format == QLatin1String("xlsx")) {
            written = KpiXlsxWriter().write(outcome.report, request.outPath, request.language);
        } else if (ReportFormats::isText(request.format)) {
            written = DocumentFile::write(request.outPath, ReportFormats::writeText(request.format, outcome.report));
        } else {
            written = Error::badInput(Text::tr("unknown format '%1'").arg(request.format));
        }
        if (!written)
            return fail(written.error());
        outcome.written = request.outPath;
    }
    outcome.ok = true;
    return outcome;
}

} // namespace ingot
