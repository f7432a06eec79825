#include "app/reportdoc/KpiDocumentWriters.h"

#include "app/reportdoc/KpiPdfWriter.h"
#include "app/reportdoc/KpiXlsxWriter.h"
#include "storage/sqlite/SqliteStore.h"

#include <QSqlDatabase>

namespace ingot {

QHash<QString, ReportFormats::Factory> KpiDocumentWriters::factories()
{
    return {
        {QStringLiteral("xlsx"), [] { return std::make_unique<KpiXlsxWriter>(); }},
        {QStringLiteral("pdf"),
         [] { return std::make_unique<KpiPdfWriter>(&KpiDocumentWriters::actionsOfOpenDatabase); }},
    };
}

Result<QList<ImprovementAction>> KpiDocumentWriters::actionsOfOpenDatabase()
{
    QString path;
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QLatin1String("ingotdesk-")))
            continue;
        // A connection of another thread comes back invalid, hence closed: only this thread's count.
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && db.driverName() == QLatin1String("QSQLITE")) {
            path = db.databaseName();
            break;
        }
    }
    if (path.isEmpty())
        return QList<ImprovementAction>{};
    SqliteStore::Options options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    auto store = SqliteStore::open(path, options);
    if (!store)
        return store.error();
    return (*store)->quality().improvements().list(true);
}

} // namespace ingot
