#include "gui/security/AuditTableModel.h"

#include "app/security/AuditReader.h"
#include "core/common/Instant.h"

#include <QFont>

namespace ingot {

AuditTableModel::AuditTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store) {}

void AuditTableModel::setQuery(const AuditQuery& query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    auto total = AuditReader(m_store).count(m_query);
    m_total = total ? *total : 0;
    endResetModel();
    if (!total)
        emit loadFailed(total.error().message);
    else if (canFetchMore({}))
        fetchMore({});
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    auto page = AuditReader(m_store).page(m_query, m_rows.size(), kPageSize);
    if (!page) {
        m_total = m_rows.size();  // stop asking
        emit loadFailed(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows += *page;
    endInsertRows();
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq: return e.seq;
        case At: return Instant::formatShort(e.at);
        case Actor: return e.localAdmin ? tr("%1 (local administrator)").arg(e.actor) : e.actor;
        case Entity: return e.entity;
        case EntityId: return e.entityId;
        case ActionColumn: return e.action;
        case Detail: return e.detail;
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Detail) {
        return e.detail;
    } else if (role == Qt::ToolTipRole && index.column() == Seq) {
        return tr("hash %1").arg(e.hash);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("#");
    case At: return tr("When");
    case Actor: return tr("Who");
    case Entity: return tr("What");
    case EntityId: return tr("Which");
    case ActionColumn: return tr("Action");
    case Detail: return tr("Detail");
    default: return {};
    }
}

}  // namespace ingot
