#pragma once

#include "core/common/Clock.h"
#include "core/quality/AssayCheck.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// Batch traceability (批次追溯): from a batch number, every customer that received it and every
// ticket about it; from a ticket, the other complaints about its batch; assays of a batch checked
// against its grade.
class BatchTraceService final {
public:
    BatchTraceService(Store& store, const Clock& clock);

    struct Trace {
        QString batchNo;
        QStringList grades; // normally one
        QList<QualityFactsRepository::Delivery> deliveries;
        QList<QualityFactsRepository::BatchTicket> tickets;
        QList<Assay> assays;
        QStringList improvementActions; // actions opened for this batch
        double tons = 0;
        int customers = 0;
    };
    Result<Trace> trace(const QString& batchNo);

    struct TicketTrace {
        QString ticketNo;
        Trace batch;                                       // empty batchNo: the ticket names no batch
        QList<QualityFactsRepository::BatchTicket> others; // the batch's other complaints
    };
    Result<TicketTrace> forTicket(const QString& ticketNo);

    struct AssayInput {
        QString ticketNo; // optional when batchNo is given
        QString batchNo;  // default: the ticket's batch
        QString grade;    // default: the grade the batch was sold as
        QString lab;
        QMap<QString, double> values;
        std::optional<qint64> measuredAt;
    };
    struct AssayResult {
        Assay assay;
        AssayCheck::Verdict verdict;
        GradeLimits limits;
    };
    Result<AssayResult> recordAssay(const AssayInput& input, const QString& actor);
    // The verdict without storing anything.
    Result<AssayResult> checkAssay(const AssayInput& input);

private:
    Result<AssayResult> prepare(const AssayInput& input);

    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
