#pragma once

#include "app/report/ReportFormats.h"

#include <QHash>

namespace ingot {

// The document formats this build writes, as ReportFormats registers them: xlsx and pdf.
class KpiDocumentWriters final {
public:
    static QHash<QString, ReportFormats::Factory> factories();
};

} // namespace ingot
