#include "cli/commands/ReportCommands.h"

#include "app/customers/LocalMonth.h"
#include "app/i18n/Translations.h"
#include "app/report/KpiReportService.h"
#include "app/report/ReportFormats.h"
#include "core/common/Instant.h"
#include "core/repositories/KpiRepository.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char* const kUsage = QT_TRANSLATE_NOOP(
    "Cli", "  report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH]\n");

// The contract wants "error: message" for bad input here, so errors carry no `where`.
Error bad(const QString& message)
{
    return Error::badInput(message);
}

Status writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return bad(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return success();
}
} // namespace

QString ReportCommands::usage()
{
    return Text::tr(kUsage);
}

Status ReportCommands::run(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    if (sub == QStringLiteral("kpi"))
        return kpi(ctx, args);
    return bad(Text::tr("usage: ingotdesk-cli report kpi --month YYYY-MM [--now ISO] "
                        "[--format json|csv|xlsx|pdf|html] [--out PATH]"));
}

Status ReportCommands::kpi(CliContext& ctx, CliArgs& args)
{
    const auto monthText = args.option(QStringLiteral("--month"));
    const auto nowText = args.option(QStringLiteral("--now"));
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("json")).trimmed().toLower();
    const auto out = args.option(QStringLiteral("--out"));
    if (args.missingValue())
        return bad(Text::tr("an option is missing its value"));
    if (auto st = args.finish(); !st)
        return bad(st.error().text());

    if (!monthText)
        return bad(Text::tr("--month is required, e.g. --month 2026-03"));
    auto month = LocalMonth::parse(*monthText);
    if (!month)
        return bad(month.error().message);
    qint64 now = ctx.clock().now();
    if (nowText) {
        auto parsed = Instant::parse(*nowText);
        if (!parsed)
            return bad(Text::tr("--now: %1").arg(parsed.error().message));
        now = *parsed;
    }
    if (!ReportFormats::isKnown(format))
        return bad(Text::tr("unknown format '%1' (known: %2)").arg(format, ReportFormats::known().join(QStringLiteral(", "))));
    const bool toStdout = !out || *out == QLatin1String("-");
    if (!ReportFormats::isText(format)) {
        if (!ReportFormats::hasDocumentWriter(format))
            return bad(Text::tr("format '%1' is not available in this build").arg(format));
        if (toStdout)
            return bad(Text::tr("format '%1' needs --out PATH").arg(format));
    }

    auto store = ctx.store();
    if (!store)
        return store.error();
    std::unique_ptr<KpiRepository> repository = (*store)->kpiReads();
    KpiReportService::Options options;
    options.keywords = format != QLatin1String("json"); // the contract's JSON has no place for them
    auto report = KpiReportService(**store, *repository, options).build(*month, now);
    if (!report)
        return report.error();

    if (!ReportFormats::isText(format)) {
        std::unique_ptr<KpiDocumentWriter> document = ReportFormats::documentWriter(format, **store);
        if (!document)
            return bad(Text::tr("format '%1' is not available in this build").arg(format));
        return document->write(*report, *out, Translations::forEnvironment());
    }
    const QByteArray data = ReportFormats::writeText(format, *report);
    if (!toStdout)
        return writeFile(*out, data);
    ctx.out() << QString::fromUtf8(data);
    ctx.out().flush();
    return success();
}

} // namespace ingot
