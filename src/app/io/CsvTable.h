#pragma once

#include "app/io/CsvReader.h"

#include <QHash>

namespace ingot {

// A parsed CSV file checked against the columns a file kind allows: required ones present, no
// unknown or repeated ones. Cells are then read by column name.
class CsvTable final {
public:
    static Result<CsvTable> from(QList<CsvReader::Record> records, const QString& fileName, const QStringList& required,
                                 const QStringList& optional);

    const QList<CsvReader::Record>& rows() const { return m_rows; }
    // The trimmed cell of `column` in `row`; empty when the column is absent or the row short.
    QString cell(const CsvReader::Record& row, const QString& column) const;
    int columnCount() const { return static_cast<int>(m_index.size()); }

private:
    QHash<QString, int> m_index;
    QList<CsvReader::Record> m_rows;
};

}  // namespace ingot
