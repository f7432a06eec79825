#pragma once

#include "core/repositories/Repositories.h"

#include <QAbstractTableModel>

namespace ingot {

// The audit trail, newest first, read a page at a time as the view scrolls (canFetchMore /
// fetchMore), through AuditReader so that only administrators read it.
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, At, Actor, Entity, EntityId, ActionColumn, Detail, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(Store& store, QObject* parent = nullptr);

    void setQuery(const AuditQuery& query);  // reloads from the first page
    qint64 total() const { return m_total; }
    const AuditEntry& entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    Store& m_store;
    AuditQuery m_query;
    QList<AuditEntry> m_rows;
    qint64 m_total = 0;
};

}  // namespace ingot
