#include "core/common/Clock.h"

#include <QDateTime>

namespace ingot {

qint64 SystemClock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

}  // namespace ingot
