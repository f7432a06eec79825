#pragma once

#include "core/common/Instant.h"

#include <QFile>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace ingot::bench {

// The board benchmarks run on a copy of the cached 1,000,000-ticket database of scripts/bench.sh
// (seeded over 2025), migrated to the board's schema. A copy, so that the shared cache keeps its
// schema for the other benchmarks. $INGOTDESK_BOARD_BENCH_DB names it; default
// /tmp/ingotdesk-board-1m.db (scripts/bench-board.sh makes it).
inline QString boardDbPath()
{
    const QByteArray env = qgetenv("INGOTDESK_BOARD_BENCH_DB");
    const QString path = env.isEmpty() ? QStringLiteral("/tmp/ingotdesk-board-1m.db") : QString::fromLocal8Bit(env);
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "%s is missing: run scripts/bench-board.sh\n", qPrintable(path));
        std::exit(2);
    }
    return path;
}

// A Wednesday morning near the end of the seeded year: about 1% of the tickets are still open.
inline qint64 boardNow()
{
    return *Instant::parse(QStringLiteral("2025-12-31T10:00:00+08:00"));
}

} // namespace ingot::bench
