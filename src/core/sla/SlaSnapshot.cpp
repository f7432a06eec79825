#include "core/sla/SlaSnapshot.h"

#include "core/sla/SlaClock.h"

namespace ingot {

const ClockEvaluation& SlaSnapshot::clock(SlaMetric metric) const
{
    switch (metric) {
    case SlaMetric::Response:
        return response;
    case SlaMetric::Assessment:
        return assessment;
    case SlaMetric::Resolution:
        break;
    }
    return resolution;
}

std::optional<qint64> SlaSnapshot::nextDue() const
{
    return SlaClock::nextDue({response, assessment, resolution});
}

std::optional<qint64> SlaSnapshot::nextAtRisk() const
{
    return SlaClock::nextAtRisk({response, assessment, resolution});
}

bool SlaSnapshot::anyBreached() const
{
    return response.isBreached() || assessment.isBreached() || resolution.isBreached();
}

} // namespace ingot
