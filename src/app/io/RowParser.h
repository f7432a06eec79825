#pragma once

#include "app/io/CsvTable.h"
#include "core/customers/Customer.h"
#include "core/customers/Order.h"
#include "core/customers/Technician.h"
#include "core/repositories/Repositories.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketEvent.h"

namespace ingot {

// Turns one CSV row into a domain value, checking every cell on its own (the database checks come
// later). Messages name the column and the bad text.
class RowParser final {
public:
    explicit RowParser(const CsvTable& table) : m_table(table) {}

    Result<Customer> customer(const CsvReader::Record& row) const;
    Result<Order> order(const CsvReader::Record& row) const;
    Result<Technician> technician(const CsvReader::Record& row) const;
    Result<Ticket> ticket(const CsvReader::Record& row) const;  // number, customer, order as given
    struct EventRow {
        QString ticketNo;
        TicketEvent event;
    };
    Result<EventRow> event(const CsvReader::Record& row) const;
    Result<HolidayRepository::Entry> holiday(const CsvReader::Record& row) const;

    // "12345.67" CNY to fen, exactly (no floating point).
    static Result<qint64> parseFen(const QString& text);

private:
    Result<QString> required(const CsvReader::Record& row, const QString& column, int maxLength = 200) const;
    QString optional(const CsvReader::Record& row, const QString& column) const { return m_table.cell(row, column); }
    Result<double> number(const CsvReader::Record& row, const QString& column) const;
    Result<std::optional<qint64>> instant(const CsvReader::Record& row, const QString& column, bool isRequired) const;

    const CsvTable& m_table;
};

}  // namespace ingot
