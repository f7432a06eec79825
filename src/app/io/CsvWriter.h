#pragma once

#include <QByteArray>
#include <QStringList>

namespace ingot {

// Writes RFC 4180 CSV in UTF-8 with a BOM (so Excel shows Chinese text), CRLF line ends.
class CsvWriter final {
public:
    CsvWriter();
    void writeRow(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
};

}  // namespace ingot
