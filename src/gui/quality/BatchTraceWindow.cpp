#include "gui/quality/BatchTraceWindow.h"

#include "core/common/Instant.h"
#include "core/customers/CustomerTypes.h"
#include "ui_BatchTraceWindow.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace ingot {

namespace {
QList<QStandardItem*> row(const QStringList& cells)
{
    QList<QStandardItem*> out;
    for (const QString& c : cells) {
        auto* item = new QStandardItem(c);
        item->setEditable(false);
        out << item;
    }
    return out;
}

void setUpTable(QTableView* view, QStandardItemModel* model, int stretch)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(26);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}
} // namespace

BatchTraceWindow::BatchTraceWindow(Store& store, const Clock& clock, QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::BatchTraceWindow>()),
      m_service(store, clock),
      m_deliveries(new QStandardItemModel(this)),
      m_tickets(new QStandardItemModel(this)),
      m_assays(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    m_deliveries->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Code"), tr("Region"), tr("Order"), tr("Grade"), tr("Tons"), tr("Delivered")});
    m_tickets->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Customer"), tr("Category"), tr("Stage"), tr("Title"), tr("Reported")});
    m_assays->setHorizontalHeaderLabels(
        {tr("Measured"), tr("Ticket"), tr("Grade"), tr("Lab"), tr("Result"), tr("Values (%)")});
    setUpTable(m_ui->deliveriesTable, m_deliveries, 0);
    setUpTable(m_ui->ticketsTable, m_tickets, 4);
    setUpTable(m_ui->assaysTable, m_assays, 5);
    m_ui->ticketsTable->setColumnWidth(0, 130);
    m_ui->ticketsTable->setColumnWidth(1, 220);
    m_ui->ticketsTable->setColumnWidth(5, 140);
    m_ui->deliveriesTable->setColumnWidth(6, 110);
    m_ui->assaysTable->setColumnWidth(0, 140);
    m_ui->assaysTable->setColumnWidth(1, 130);
    m_ui->assaysTable->setColumnWidth(4, 200);
    m_ui->mainLayout->setStretchFactor(m_ui->ticketsTable, 1);
    m_ui->summaryLabel->setStyleSheet(QStringLiteral("QLabel { font-size: 11pt; }"));
    connect(m_ui->traceButton, &QPushButton::clicked, this, [this] { trace(m_ui->batchEdit->text()); });
    connect(m_ui->batchEdit, &QLineEdit::returnPressed, this, [this] { trace(m_ui->batchEdit->text()); });
    connect(m_ui->ticketsTable, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        // From a ticket of the batch to the batch's view from that ticket: its other complaints.
        trace(m_tickets->item(i.row(), 0)->text());
    });
}

BatchTraceWindow::~BatchTraceWindow() = default;

QString BatchTraceWindow::summary() const
{
    return m_ui->summaryLabel->text();
}

void BatchTraceWindow::trace(const QString& keyIn)
{
    const QString key = keyIn.trimmed();
    if (m_ui->batchEdit->text() != key)
        m_ui->batchEdit->setText(key);
    m_deliveries->removeRows(0, m_deliveries->rowCount());
    m_tickets->removeRows(0, m_tickets->rowCount());
    m_assays->removeRows(0, m_assays->rowCount());
    static const QRegularExpression ticketNumber(QStringLiteral("^T\\d{4}-\\d+$"));
    if (ticketNumber.match(key).hasMatch()) {
        auto t = m_service.forTicket(key);
        if (!t) {
            m_ui->summaryLabel->setText(t.error().text());
            return;
        }
        if (t->batch.batchNo.isEmpty()) {
            m_ui->summaryLabel->setText(tr("Ticket %1 names no batch.").arg(key));
            return;
        }
        showTrace(t->batch, key);
        return;
    }
    auto t = m_service.trace(key);
    if (!t) {
        m_ui->summaryLabel->setText(t.error().text());
        return;
    }
    showTrace(*t, QString());
}

void BatchTraceWindow::showTrace(const BatchTraceService::Trace& t, const QString& fromTicket)
{
    for (const auto& d : t.deliveries) {
        const QString region = parseRegion(d.region) ? regionLabel(*parseRegion(d.region)) : d.region;
        m_deliveries->appendRow(
            row({d.customerName, d.customerCode, region, d.orderNo, d.grade, QString::number(d.quantityT, 'f', 1),
                 d.deliveredAt ? Instant::formatShort(*d.deliveredAt).left(10) : QString()}));
    }
    for (const auto& k : t.tickets) {
        const QString stage = parseStage(k.stage) ? stageLabel(*parseStage(k.stage)) : k.stage;
        auto cells = row(
            {k.number, k.customerName, categoryLabel(k.category), stage, k.title, Instant::formatShort(k.reportedAt)});
        if (k.number == fromTicket)
            for (QStandardItem* c : cells) {
                QFont f = c->font();
                f.setBold(true);
                c->setFont(f);
            }
        m_tickets->appendRow(cells);
    }
    for (const Assay& a : t.assays) {
        QStringList failed;
        for (const QString& f : a.failed)
            failed << (f == QLatin1String("total") ? tr("total impurities") : f);
        QStringList values;
        for (auto it = a.values.constBegin(); it != a.values.constEnd(); ++it)
            values << QStringLiteral("%1 %2").arg(it.key(), QString::number(it.value(), 'f', 4));
        auto cells = row({Instant::formatShort(a.measuredAt), a.ticketNo, a.grade, a.lab,
                          a.pass ? tr("within grade") : tr("out of grade: %1").arg(failed.join(QStringLiteral(", "))),
                          values.join(QStringLiteral("  "))});
        if (!a.pass)
            cells[4]->setForeground(QColor(0xc6, 0x28, 0x28));
        m_assays->appendRow(cells);
    }
    QString text =
        tr("Batch <b>%1</b> (%2): %3 t delivered to %n customer(s)", nullptr, t.customers)
            .arg(t.batchNo.toHtmlEscaped(), t.grades.join(QStringLiteral(", ")), QString::number(t.tons, 'f', 1));
    text += QStringLiteral(" · ") + tr("%n ticket(s)", nullptr, static_cast<int>(t.tickets.size()));
    if (!t.improvementActions.isEmpty())
        text +=
            QStringLiteral(" · ") + tr("improvement actions: %1").arg(t.improvementActions.join(QStringLiteral(", ")));
    if (!fromTicket.isEmpty())
        text += QStringLiteral("<br>") + tr("Traced from ticket %1: %n other complaint(s) about this batch.", nullptr,
                                            static_cast<int>(t.tickets.size()) - 1)
                                             .arg(fromTicket);
    m_ui->summaryLabel->setText(text);
}

} // namespace ingot
