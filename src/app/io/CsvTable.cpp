#include "app/io/CsvTable.h"

#include <QCoreApplication>

namespace ingot {

Result<CsvTable> CsvTable::from(QList<CsvReader::Record> records, const QString& fileName, const QStringList& required,
                                const QStringList& optional)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("Csv", text); };
    if (records.isEmpty())
        return Error::badInput(tr("the file is empty; the first line must name the columns"), fileName + QStringLiteral(":1"));
    const CsvReader::Record header = records.takeFirst();
    const QString where = QStringLiteral("%1:%2").arg(fileName).arg(header.line);
    CsvTable table;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!required.contains(name) && !optional.contains(name))
            return Error::badInput(tr("unknown column '%1'; allowed: %2")
                                       .arg(header.fields.at(i), (required + optional).join(QStringLiteral(", "))),
                                   where);
        if (table.m_index.contains(name))
            return Error::badInput(tr("column '%1' appears twice").arg(name), where);
        table.m_index.insert(name, i);
    }
    for (const QString& r : required)
        if (!table.m_index.contains(r))
            return Error::badInput(tr("required column '%1' is missing").arg(r), where);
    table.m_rows = std::move(records);
    return table;
}

QString CsvTable::cell(const CsvReader::Record& row, const QString& column) const
{
    const int i = m_index.value(column, -1);
    if (i < 0 || i >= row.fields.size())
        return {};
    return row.fields.at(i).trimmed();
}

}  // namespace ingot
