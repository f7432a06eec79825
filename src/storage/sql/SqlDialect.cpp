#include "storage/sql/SqlDialect.h"

namespace ingot {

QString SqlDialect::upsert(const QString& table, const QStringList& columns, const QStringList& keys) const
{
    QStringList placeholders, updates;
    for (const QString& c : columns) {
        placeholders << QLatin1Char(':') + c;
        if (!keys.contains(c))
            updates << c + QStringLiteral(" = excluded.") + c;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")),
             keys.join(QLatin1String(", ")), updates.join(QLatin1String(", ")));
}

QString SqlDialect::containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

}  // namespace ingot
