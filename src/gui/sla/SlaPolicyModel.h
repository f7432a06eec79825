#pragma once

#include "core/sla/SlaPolicy.h"

#include <QAbstractTableModel>

namespace ingot {

// The targets of one SLA policy as an editable grid: a row per tier × priority (A-P1 … C-P4),
// a column per clock, in service minutes of the tier's calendar.
class SlaPolicyModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr qint64 kMaxMinutes = 366LL * 24 * 60;  // a year of service minutes

    explicit SlaPolicyModel(QObject* parent = nullptr);

    void setPolicy(const SlaPolicy& policy);
    const SlaPolicy& policy() const { return m_policy; }
    bool isModified() const { return m_modified; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Tier tierOfRow(int row);
    static Priority priorityOfRow(int row);

signals:
    void modified();

private:
    SlaPolicy m_policy;
    bool m_modified = false;
};

}  // namespace ingot
