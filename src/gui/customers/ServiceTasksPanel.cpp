#include "gui/customers/ServiceTasksPanel.h"

#include "app/customers/ServiceTaskService.h"
#include "core/common/Instant.h"
#include "gui/main/DeskSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ingot {

namespace {
enum Column { DueColumn, TaskColumn, CustomerColumn, OwnerColumn, ColumnCount };
}

ServiceTasksPanel::ServiceTasksPanel(DeskSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_mineOnly(new QCheckBox(tr("&Mine only"), this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_done(new QPushButton(tr("&Done…"), this)),
      m_cancel(new QPushButton(tr("Ca&ncel task…"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceTasksPanel"));
    m_mineOnly->setObjectName(QStringLiteral("mineOnlyCheck"));
    m_mineOnly->setChecked(true);
    m_mineOnly->setToolTip(tr("Only the tasks whose owner is the signed-in user"));
    m_table->setObjectName(QStringLiteral("tasksTable"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Task"), tr("Customer"), tr("Owner")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_cancel->setObjectName(QStringLiteral("cancelTaskButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_mineOnly);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_mineOnly, &QCheckBox::toggled, this, &ServiceTasksPanel::reload);
    connect(m_done, &QPushButton::clicked, this, [this] { askAndFinish(ServiceTaskStatus::Done); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { askAndFinish(ServiceTaskStatus::Cancelled); });
    reload();
}

int ServiceTasksPanel::taskCount() const
{
    return static_cast<int>(m_tasks.size());
}

void ServiceTasksPanel::reload()
{
    ServiceTaskQuery query;
    query.openOnly = true;
    query.limit = 500;
    if (m_mineOnly->isChecked())
        query.owner = m_session.store().actor().login;
    auto tasks = ServiceTaskService(m_session.store(), m_session.clock()).list(query);
    if (!tasks) {
        m_message->setText(tasks.error().text());
        return;
    }
    m_tasks = *tasks;
    const QDate today = QDateTime::fromSecsSinceEpoch(m_session.clock().now(), Instant::localZone()).date();
    m_table->setRowCount(0);
    for (const ServiceTask& t : m_tasks) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* due = new QTableWidgetItem(t.dueDate.toString(Qt::ISODate));
        if (t.dueDate < today) {
            due->setForeground(QColor(0xc6, 0x28, 0x28));
            due->setToolTip(tr("Overdue"));
        }
        m_table->setItem(row, DueColumn, due);
        m_table->setItem(row, TaskColumn, new QTableWidgetItem(t.title()));
        m_table->setItem(row, CustomerColumn, new QTableWidgetItem(QStringLiteral("%1 %2").arg(t.customerCode, t.customerName)));
        m_table->setItem(row, OwnerColumn, new QTableWidgetItem(t.owner.isEmpty() ? tr("nobody") : t.owner));
    }
    m_table->resizeColumnsToContents();
    m_message->setText(m_tasks.isEmpty() ? tr("No open service tasks.") : tr("%n open task(s).", nullptr, taskCount()));
    m_message->setStyleSheet({});
}

void ServiceTasksPanel::askAndFinish(ServiceTaskStatus status)
{
    if (m_table->currentRow() < 0) {
        m_message->setText(tr("Select a task first."));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, status == ServiceTaskStatus::Done ? tr("Task done") : tr("Cancel task"),
        status == ServiceTaskStatus::Done ? tr("What was done? (visit notes, advice given)") : tr("Why is it cancelled?"),
        {}, &ok);
    if (ok)
        finishSelected(status, note.trimmed());
}

bool ServiceTasksPanel::finishSelected(ServiceTaskStatus status, const QString& note)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tasks.size()) {
        m_message->setText(tr("Select a task first."));
        return false;
    }
    const ServiceTask task = m_tasks.at(row);
    auto finished = ServiceTaskService(m_session.store(), m_session.clock()).finish(task.id, status, note);
    if (!finished) {
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(tr("Not recorded: %1").arg(finished.error().text()));
        return false;
    }
    reload();
    m_message->setText(tr("%1 for %2: %3.").arg(task.title(), task.customerName, serviceTaskStatusLabel(status)));
    return true;
}

}  // namespace ingot
