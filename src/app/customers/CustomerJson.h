#pragma once

#include "app/customers/CustomerArchive.h"
#include "app/customers/DispatchService.h"
#include "app/customers/ServiceTaskService.h"
#include "app/customers/TierService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ingot {

// The JSON the CLI prints for customers, tiers, dispatch and service tasks (docs/customers.md):
// snake_case keys, instants as ISO 8601 with the local offset, money in CNY.
class CustomerJson final {
public:
    static QJsonObject archive(const CustomerArchive& archive);
    static QJsonObject ranking(const Ticket& ticket, const DispatchRanking& ranking, const DispatchRules& rules);
    static QJsonObject recompute(const TierService::Recompute& report);
    static QJsonObject tierRule(const TierRule& rule);
    static QJsonObject tierEvent(const TierEvent& event);
    static QJsonObject task(const ServiceTask& task);
    static QJsonObject generated(const ServiceTaskService::Generated& generated);
    static QJsonArray tasks(const QList<ServiceTask>& tasks);
    static QJsonObject moves(const QList<DispatchService::Move>& moves, bool dryRun);
};

} // namespace ingot
