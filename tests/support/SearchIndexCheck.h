#pragma once

#include "storage/sqlite/SqliteConnection.h"

#include <QString>
#include <gtest/gtest.h>

namespace ingot::test {

// FTS5's own check of the search indexes (external content) against the rows they were built from.
inline void expectSearchIndexesInSync(SqliteConnection& connection)
{
    for (const char* table : {"ticket_search", "ticket_bigrams"})
        EXPECT_TRUE(connection.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                                        .arg(QLatin1String(table)))
                        .ok())
            << table;
}

}  // namespace ingot::test
