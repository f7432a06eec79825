#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ingot {

// The CSV file kinds of cli-contract.md and their columns (required first, then optional).
enum class ImportKind { Customers, Orders, Technicians, Tickets, Events, Holidays };

std::optional<ImportKind> parseImportKind(const QString& text);
QString importKindKey(ImportKind kind);
QStringList requiredColumns(ImportKind kind);
QStringList optionalColumns(ImportKind kind);

}  // namespace ingot
