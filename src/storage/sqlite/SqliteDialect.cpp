#include "storage/sqlite/SqliteDialect.h"

namespace ingot {

const SqliteDialect& SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString SqliteDialect::greatest(const QString& a, const QString& b) const
{
    return QStringLiteral("max(%1, %2)").arg(a, b);
}

QString SqliteDialect::isDistinct(const QString& a, const QString& b) const
{
    return QStringLiteral("%1 IS NOT %2").arg(a, b);
}

QString SqliteDialect::likeIgnoringCase(const QString& column) const
{
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString SqliteDialect::lockForAppend(const QString& table) const
{
    Q_UNUSED(table);
    return {};
}

QString SqliteDialect::total(const QString& expression) const
{
    return QStringLiteral("total(%1)").arg(expression);
}

QStringList SqliteDialect::connectionPragmas()
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

QString SqliteDialect::backupInto() { return QStringLiteral("VACUUM INTO :target"); }
QString SqliteDialect::schemaVersionQuery() { return QStringLiteral("PRAGMA user_version"); }
QString SqliteDialect::setSchemaVersion(int version) { return QStringLiteral("PRAGMA user_version = %1").arg(version); }
QString SqliteDialect::applicationIdQuery() { return QStringLiteral("PRAGMA application_id"); }
QString SqliteDialect::setApplicationId() { return QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId); }

QString SqliteDialect::ftsPhrase(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // FTS5 reads a string up to a NUL and then fails with "unterminated string"; a NUL (pasted,
    // never typed) means nothing, so it is dropped.
    q.remove(QChar(u'\0'));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

}  // namespace ingot
