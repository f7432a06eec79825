#include "app/report/ReportFormats.h"

#include "app/report/KpiCsvWriter.h"
#include "app/report/KpiHtmlWriter.h"
#include "app/report/KpiJsonWriter.h"
#include "app/reportdoc/KpiDocumentWriters.h"

#include <QHash>
#include <QMutex>

namespace ingot {

namespace {
QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ReportFormats::Factory>& registry()
{
    static QHash<QString, ReportFormats::Factory> factories = KpiDocumentWriters::factories(); // xlsx, pdf
    return factories;
}
} // namespace

QStringList ReportFormats::known()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
            QStringLiteral("html")};
}

bool ReportFormats::isKnown(const QString& format)
{
    return known().contains(format);
}

bool ReportFormats::isText(const QString& format)
{
    return format == QLatin1String("json") || format == QLatin1String("csv") || format == QLatin1String("html");
}

QByteArray ReportFormats::writeText(const QString& format, const KpiReport& report)
{
    if (format == QLatin1String("csv"))
        return KpiCsvWriter::write(report);
    if (format == QLatin1String("html"))
        return KpiHtmlWriter::write(report);
    return KpiJsonWriter::write(report);
}

void ReportFormats::registerDocumentWriter(const QString& format, Factory factory)
{
    QMutexLocker lock(&registryMutex());
    registry().insert(format, std::move(factory));
}

bool ReportFormats::hasDocumentWriter(const QString& format)
{
    QMutexLocker lock(&registryMutex());
    const auto it = registry().constFind(format);
    return it != registry().constEnd() && *it;
}

std::unique_ptr<KpiDocumentWriter> ReportFormats::documentWriter(const QString& format, Store& store)
{
    QMutexLocker lock(&registryMutex());
    const auto it = registry().constFind(format);
    return it != registry().constEnd() && *it ? (*it)(store) : nullptr;
}

} // namespace ingot
