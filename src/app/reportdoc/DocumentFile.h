#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace ingot {

// Writing a report document where a person asked for it: the folder must exist, the file appears
// whole or not at all (written under a temporary name beside it, then renamed over the old one),
// and every failure is a message that names the file.
class DocumentFile final {
public:
    struct Target {
        QString path;        // where the document goes, absolute
        QString partialPath; // where it is written first
    };
    static Result<Target> prepare(const QString& path);
    // Replaces `target.path` with the finished partial file.
    static Status commit(const Target& target);
    // prepare + write + commit for writers that hold the whole document in memory.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace ingot
