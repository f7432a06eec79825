#include "app/io/CsvWriter.h"

namespace ingot {

CsvWriter::CsvWriter() : m_data("\xEF\xBB\xBF") {}

void CsvWriter::writeRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data += ',';
        QString f = fields.at(i);
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
                           f.contains(QLatin1Char('\r')) || f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '));
        if (quote) {
            f.replace(QLatin1String("\""), QLatin1String("\"\""));
            f = QLatin1Char('"') + f + QLatin1Char('"');
        }
        m_data += f.toUtf8();
    }
    m_data += "\r\n";
}

}  // namespace ingot
