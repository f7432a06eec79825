#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// Proactive service the seeds ask for besides answering complaints.
enum class ServiceTaskKind {
    FollowUpVisit,    // monthly visit of a dedicated (A-tier) account
    OnsiteInspection, // quarterly inspection of a key account (> 1,000 t/year)
    SeasonalAdvice,   // regional advice before a season (winter storage, humidity before the rains)
};
enum class ServiceTaskStatus { Open, Done, Cancelled };

QString serviceTaskKindKey(ServiceTaskKind); // follow_up_visit, onsite_inspection, seasonal_advice
std::optional<ServiceTaskKind> parseServiceTaskKind(const QString&);
QString serviceTaskKindLabel(ServiceTaskKind);
QString serviceTaskStatusKey(ServiceTaskStatus); // open, done, cancelled
std::optional<ServiceTaskStatus> parseServiceTaskStatus(const QString&);
QString serviceTaskStatusLabel(ServiceTaskStatus);

// One dated task in its owner's list. A task is unique by kind, customer and due date, so
// generating a month twice adds nothing.
struct ServiceTask {
    qint64 id = 0;
    ServiceTaskKind kind = ServiceTaskKind::FollowUpVisit;
    QString topic; // seasonal advice: the rule's key (winter_storage ...); else empty
    QString customerCode;
    QString customerName;
    QString owner; // technician login; empty when nobody could be found
    QDate dueDate;
    ServiceTaskStatus status = ServiceTaskStatus::Open;
    QString note;
    qint64 createdAt = 0;
    std::optional<qint64> doneAt;

    // "Monthly follow-up visit", "Seasonal advice: winter storage" ... translated.
    QString title() const;
};

} // namespace ingot
