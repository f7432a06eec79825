#pragma once

#include "app/report/KpiDocumentWriter.h"

namespace ingot {

// The monthly KPI report as an Excel workbook (libxlsxwriter): a sheet with the KPI table (value,
// target, met or missed, previous month, change), one sheet per breakdown, the top categories and
// a sheet saying what the figures are. Numbers are real numeric cells with the spec's decimals as
// number formats, so they sum and chart in Excel; a null value is an empty cell, never 0. Headers
// in the document language, the header row frozen.
class KpiXlsxWriter final : public KpiDocumentWriter {
public:
    Status write(const KpiReport& report, const QString& path, const QString& language) override;
};

} // namespace ingot
