#pragma once

#include "core/service/ServiceScheduleRules.h"
#include "core/service/ServiceTask.h"

namespace ingot {

// What the scheduler needs to know about one customer.
struct ScheduleCustomer {
    QString code;
    QString name;
    Tier tier = Tier::C;
    Region region = Region::East;
    QString province;
    double annualVolumeT = 0;
    QString owner; // the technician the tasks go to
};

// Which proactive tasks fall due in one month. Pure: the caller stores them (unique by kind,
// customer and date) and so may run a month as often as it likes.
class ServiceScheduler final {
public:
    static QList<ServiceTask> dueIn(int year, int month, const QList<ScheduleCustomer>& customers,
                                    const ServiceScheduleRules& rules);
};

} // namespace ingot
