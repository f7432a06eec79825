#pragma once

#include "core/common/Result.h"
#include "core/report/KpiReport.h"

#include <QString>

namespace ingot {

// A writer of the report as a document file (Excel, PDF). Implementations live outside this folder
// and are registered with ReportFormats; the CLI and the desk find them there by format name.
class KpiDocumentWriter {
public:
    virtual ~KpiDocumentWriter() = default;
    // Writes `report` to `path` with labels in `language` ("zh_CN" or "en"); a path that cannot be
    // written is a BadInput error with a message for people.
    virtual Status write(const KpiReport& report, const QString& path, const QString& language) = 0;
};

} // namespace ingot
