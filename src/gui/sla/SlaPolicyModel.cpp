#include "gui/sla/SlaPolicyModel.h"

namespace ingot {

namespace {
constexpr int kPriorities = 4;
constexpr int kTiers = 3;

// "1 d 2 h 30 min" beside the minutes, so nobody has to divide 2880 by 60 in their head.
QString spelledOut(qint64 minutes)
{
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 rest = minutes % 60;
    QStringList parts;
    if (days)
        parts << SlaPolicyModel::tr("%1 d").arg(days);
    if (hours)
        parts << SlaPolicyModel::tr("%1 h").arg(hours);
    if (rest || parts.isEmpty())
        parts << SlaPolicyModel::tr("%1 min").arg(rest);
    return parts.join(QLatin1Char(' '));
}
}  // namespace

SlaPolicyModel::SlaPolicyModel(QObject* parent) : QAbstractTableModel(parent), m_policy(SlaPolicy::defaults()) {}

void SlaPolicyModel::setPolicy(const SlaPolicy& policy)
{
    beginResetModel();
    m_policy = policy;
    m_modified = false;
    endResetModel();
}

Tier SlaPolicyModel::tierOfRow(int row)
{
    return allTiers().at(row / kPriorities);
}

Priority SlaPolicyModel::priorityOfRow(int row)
{
    return allPriorities().at(row % kPriorities);
}

int SlaPolicyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kTiers * kPriorities;
}

int SlaPolicyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(allSlaMetrics().size());
}

QVariant SlaPolicyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const SlaMetric metric = allSlaMetrics().at(index.column());
    const qint64 minutes = m_policy.targetMinutes(tierOfRow(index.row()), priorityOfRow(index.row()), metric);
    switch (role) {
    case Qt::EditRole:
        return static_cast<int>(minutes);
    case Qt::DisplayRole:
        return tr("%1 min (%2)").arg(minutes).arg(spelledOut(minutes));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("Service minutes of the %1 calendar").arg(m_policy.calendarFor(tierOfRow(index.row())));
    default:
        return {};
    }
}

bool SlaPolicyModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    bool ok = false;
    const qint64 minutes = value.toLongLong(&ok);
    if (!ok || minutes < 1 || minutes > kMaxMinutes)
        return false;
    SlaTargets& targets = m_policy.targetsFor(tierOfRow(index.row()), priorityOfRow(index.row()));
    const SlaMetric metric = allSlaMetrics().at(index.column());
    if (targets.minutes(metric) == minutes)
        return true;
    targets.setMinutes(metric, minutes);
    m_modified = true;
    emit dataChanged(index, index);
    emit modified();
    return true;
}

Qt::ItemFlags SlaPolicyModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant SlaPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return slaMetricLabel(allSlaMetrics().at(section));
    return QStringLiteral("%1 · %2").arg(tierKey(tierOfRow(section)), priorityKey(priorityOfRow(section)));
}

}  // namespace ingot
