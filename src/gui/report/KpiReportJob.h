#pragma once

#include "app/customers/LocalMonth.h"
#include "core/common/Result.h"
#include "core/quality/ImprovementAction.h"
#include "core/report/KpiReport.h"
#include "core/repositories/Repositories.h"

#include <QImage>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace ingot {

// What the report dialog asks a worker thread for: the month's KPIs, page images for the preview,
// and (when a file is named) the document in the chosen format.
struct KpiReportRequest {
    QString dbPath;
    LocalMonth month;
    qint64 now = 0;
    QString language; // of the document: "zh_CN" or "en"
    QString format;   // pdf, xlsx, html, csv, json
    QString outPath;  // empty: preview only
    bool preview = true;
    double dpi = 96; // of the preview images
};

struct KpiReportOutcome {
    bool ok = false;
    bool cancelled = false;
    Error error;
    KpiReport report;
    QList<QImage> pages;
    QString written; // the file written, if any
};

// The work behind the dialog, away from the GUI thread: opens its own connection to the database
// (a connection belongs to the thread that opened it), computes the report, lays out and draws the
// pages, writes the file. It checks `cancelled` between steps; the report computation itself runs
// to its end, and its result is then dropped.
class KpiReportJob final {
public:
    using ReportSource = std::function<Result<KpiReport>(Store& store, const LocalMonth& month, qint64 now)>;
    using Progress = std::function<void(const QString& text, int done, int total)>;

    // The report engine over the store's own KPI reads (SQLite or PostgreSQL).
    static ReportSource storeSource();

    static KpiReportOutcome run(const KpiReportRequest& request, const ReportSource& source, const Progress& progress,
                                const std::atomic<bool>& cancelled);
};

} // namespace ingot
