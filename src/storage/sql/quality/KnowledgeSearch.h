#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ingot {

// Which knowledge articles match any of a list of terms, the part of the knowledge base that
// differs between backends: FTS5 indexes on SQLite (SqliteKnowledgeSearch), a substring match on
// PostgreSQL (PostgresKnowledgeSearch).
class KnowledgeSearch {
public:
    // A subquery giving article ids, and its bound values in order.
    struct Source {
        QString sql;
        QVariantList values;
    };

    virtual ~KnowledgeSearch() = default;
    // `terms` are trimmed, not empty, at most a few dozen.
    virtual Source matching(const QStringList& terms) const = 0;
};

}  // namespace ingot
