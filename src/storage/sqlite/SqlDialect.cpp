#include "storage/sqlite/SqlDialect.h"

namespace ingot {

QStringList SqlDialect::connectionPragmas()
{
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // NORMAL is durable across application crashes in WAL mode; FULL adds power-loss safety for
        // the last transactions at a large write cost. Commits are acknowledged only after this.
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-32000"),
    };
}

QString SqlDialect::beginWrite() { return QStringLiteral("BEGIN IMMEDIATE"); }
QString SqlDialect::commit() { return QStringLiteral("COMMIT"); }
QString SqlDialect::rollback() { return QStringLiteral("ROLLBACK"); }

QString SqlDialect::upsert(const QString& table, const QStringList& columns, const QStringList& keys)
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

QString SqlDialect::backupInto() { return QStringLiteral("VACUUM INTO :target"); }
QString SqlDialect::schemaVersionQuery() { return QStringLiteral("PRAGMA user_version"); }
QString SqlDialect::setSchemaVersion(int version) { return QStringLiteral("PRAGMA user_version = %1").arg(version); }
QString SqlDialect::applicationIdQuery() { return QStringLiteral("PRAGMA application_id"); }
QString SqlDialect::setApplicationId() { return QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId); }

QString SqlDialect::likeEscaped(const QString& column)
{
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString SqlDialect::likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlDialect::ftsPhrase(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // FTS5 reads a string up to a NUL and then fails with "unterminated string"; a NUL (pasted,
    // never typed) means nothing, so it is dropped.
    q.remove(QChar(u'\0'));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

}  // namespace ingot
