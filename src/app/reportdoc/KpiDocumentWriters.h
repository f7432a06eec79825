#pragma once

#include "app/report/ReportFormats.h"
#include "core/quality/ImprovementAction.h"

#include <QHash>

namespace ingot {

// The document formats this build writes, as ReportFormats registers them: xlsx and pdf.
class KpiDocumentWriters final {
public:
    static QHash<QString, ReportFormats::Factory> factories();

    // The improvement actions of the desk database that this thread has open, read through a
    // read-only connection of its own. The report command holds the store but the writer interface
    // does not carry it, so the PDF finds the database the report was computed from this way.
    // Empty when no database is open here.
    static Result<QList<ImprovementAction>> actionsOfOpenDatabase();
};

} // namespace ingot
