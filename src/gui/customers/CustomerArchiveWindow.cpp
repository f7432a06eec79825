#include "gui/customers/CustomerArchiveWindow.h"

#include "app/customers/CustomerArchiveService.h"
#include "core/common/Instant.h"
#include "gui/customers/CustomerTicketsModel.h"
#include "ui_CustomerArchiveWindow.h"

#include <QHeaderView>
#include <QLocale>

namespace ingot {

namespace {
QString pill(const char* background, const char* foreground)
{
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 10px; font-weight: bold; }")
        .arg(QLatin1String(background), QLatin1String(foreground));
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

void fill(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, item(rows.at(r).at(c)));
    table->resizeColumnsToContents(); // a few dozen rows at most
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

CustomerArchiveWindow::CustomerArchiveWindow(Store& store, const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_ui(std::make_unique<Ui::CustomerArchiveWindow>()),
      m_store(store),
      m_clock(clock),
      m_tickets(new CustomerTicketsModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("customerArchiveWindow"));
    setAttribute(Qt::WA_DeleteOnClose);

    QFont big = m_ui->nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->nameLabel->setFont(big);
    m_ui->messageLabel->hide();
    m_ui->messageLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 4px 8px; }"));
    m_ui->asOfLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    QTableView* view = m_ui->ticketsView;
    view->setModel(m_tickets);
    // Thousands of rows: fixed row heights and column widths, never fitted to the content.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    // Wide enough for the longer of the header and a typical value, in either language.
    const std::array<QString, CustomerTicketsModel::TitleColumn> typical{
        QStringLiteral("T2026-000000"),
        QStringLiteral("2026-10-09 17:00"),
        QStringLiteral("Composition"),
        QStringLiteral("P3 normal"),
        QStringLiteral("In progress"),
        QStringLiteral("王晓明"),
        QStringLiteral("resolved 2026-10-09 · 5/5 · SLA breached")};
    for (int c = 0; c < CustomerTicketsModel::TitleColumn; ++c) {
        const QString header = m_tickets->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        view->setColumnWidth(
            c,
            std::max(fm.horizontalAdvance(typical.at(static_cast<std::size_t>(c))), fm.horizontalAdvance(header)) + 18);
    }
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit ticketActivated(m_tickets->line(index.row()).number);
    });

    // The header keeps its height; the splitter below takes the rest.
    for (QLabel* l : {m_ui->nameLabel, m_ui->tierLabel, m_ui->healthLabel, m_ui->asOfLabel, m_ui->subtitleLabel,
                      m_ui->messageLabel})
        l->setSizePolicy(l->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    m_ui->outerLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->summaryScroll->setMinimumWidth(fm.horizontalAdvance(QLatin1Char('x')) * 64);
    resize(1320, 840);
}

CustomerArchiveWindow::~CustomerArchiveWindow() = default;

Status CustomerArchiveWindow::showCustomer(const QString& code)
{
    if (auto technicians = m_store.technicians().all()) {
        m_names.clear();
        for (const Technician& t : *technicians)
            m_names.insert(t.login, t.name);
        m_tickets->setAssigneeNames(m_names);
    }
    auto loaded = CustomerArchiveService(m_store, m_clock).load(code);
    if (!loaded) {
        m_ui->messageLabel->setText(tr("The archive of %1 could not be read: %2").arg(code, loaded.error().text()));
        m_ui->messageLabel->show();
        return loaded.error();
    }
    m_ui->messageLabel->hide();
    m_archive = std::move(loaded).value();
    render(*m_archive);
    return success();
}

QString CustomerArchiveWindow::technicianName(const QString& login) const
{
    return m_names.contains(login) ? QStringLiteral("%1 (%2)").arg(m_names.value(login), login) : login;
}

void CustomerArchiveWindow::render(const CustomerArchive& a)
{
    const Customer& c = a.customer;
    const QLocale locale;
    setWindowTitle(tr("Customer archive — %1").arg(c.name));
    m_ui->nameLabel->setText(c.name);
    m_ui->subtitleLabel->setText(tr("%1 · %2 %3 · %4").arg(c.code, c.province, c.city, c.industry));
    m_ui->asOfLabel->setText(tr("as of %1").arg(Instant::formatShort(a.asOf)));

    m_ui->tierLabel->setText(c.tierOverride ? tr("Tier %1 (override)").arg(tierKey(c.tier))
                                            : tr("Tier %1").arg(tierKey(c.tier)));
    m_ui->tierLabel->setToolTip(tierLabel(c.tier));
    m_ui->tierLabel->setStyleSheet(c.tier == Tier::A   ? pill("#1a237e", "#ffffff")
                                   : c.tier == Tier::B ? pill("#3949ab", "#ffffff")
                                                       : pill("#c5cae9", "#1a237e"));
    const HealthScore& h = a.health;
    m_ui->healthLabel->setText(tr("Health %1 · %2").arg(h.score).arg(HealthScore::bandLabel(h.band)));
    m_ui->healthLabel->setStyleSheet(h.band == HealthScore::Band::Good    ? pill("#e8f5e9", "#1b5e20")
                                     : h.band == HealthScore::Band::Watch ? pill("#fff8e1", "#8d6e00")
                                                                          : pill("#fdecea", "#8a1c1c"));

    m_ui->regionValue->setText(tr("%1 (%2 %3)").arg(regionLabel(c.region), c.province, c.city));
    m_ui->industryValue->setText(c.industry.isEmpty() ? tr("not recorded") : c.industry);
    m_ui->volumeValue->setText(tr("%1 t/year declared").arg(locale.toString(c.annualVolumeT, 'f', 0)));
    m_ui->yearsValue->setText(tr("%n year(s)", nullptr, c.cooperationYears));
    m_ui->contactValue->setText(c.contactName.isEmpty() ? tr("not recorded") : c.contactName);
    m_ui->phoneValue->setText(c.phone.isEmpty() ? tr("not recorded") : c.phone);
    m_ui->emailValue->setText(c.email.isEmpty() ? tr("not recorded") : c.email);

    QStringList tier;
    tier << (c.tierOverride ? tr("Effective tier %1, set by an override; the rule gives %2.")
                                  .arg(tierKey(c.tier), tierKey(a.assessment.tier))
                            : tr("Tier %1 by the rule:").arg(tierKey(a.assessment.tier)));
    for (const QString& r : a.assessment.reasons)
        tier << QStringLiteral("• ") + r;
    tier << tr("Service: %1").arg(tierLabel(c.tier));
    m_ui->tierReasonsLabel->setText(tier.join(QLatin1Char('\n')));

    QStringList parts;
    for (const HealthScore::Part& p : h.parts)
        parts << tr("%1 / %2 — %3").arg(locale.toString(p.points, 'f', 1)).arg(p.maximum).arg(p.reason);
    m_ui->healthPartsLabel->setText(tr("%1 of 100 (%2):").arg(h.score).arg(HealthScore::bandLabel(h.band)) +
                                    QStringLiteral("\n• ") + parts.join(QStringLiteral("\n• ")));

    m_ui->satisfactionTrend->setMonths(a.satisfaction);
    const CustomerArchive::Totals& t = a.totals;
    m_ui->satisfactionLabel->setText(t.surveys > 0
                                         ? tr("%1/5 on average over %n survey(s), all time", nullptr, t.surveys)
                                               .arg(locale.toString(t.averageScore, 'f', 2))
                                         : tr("No survey answered yet."));
    m_ui->totalsLabel->setText(
        tr("%n ticket(s)", nullptr, t.tickets) + QStringLiteral(" · ") +
        tr("%1 open · %2 breached · %3 reopened").arg(t.open).arg(t.breached).arg(t.reopened) + QLatin1Char('\n') +
        tr("%n order(s)", nullptr, t.orders) + QStringLiteral(" · ") +
        tr("%1 t · %2 CNY")
            .arg(locale.toString(t.tons, 'f', 0), locale.toString(static_cast<double>(t.valueFen) / 100.0, 'f', 0)));

    m_tickets->setTickets(a.tickets);
    renderTables(a);
}

void CustomerArchiveWindow::renderTables(const CustomerArchive& a)
{
    const QLocale locale;
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->ticketsTab), tr("Tickets (%1)").arg(a.tickets.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->ordersTab), tr("Orders and batches (%1)").arg(a.orders.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->tasksTab), tr("Follow-ups (%1)").arg(a.openTasks.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->tierHistoryTab),
                           tr("Tier history (%1)").arg(a.tierHistory.size()));

    QList<QStringList> orders;
    for (const Order& o : a.orders)
        orders << QStringList{o.orderNo,
                              o.grade,
                              o.batchNo,
                              locale.toString(o.quantityT, 'f', 1),
                              locale.toString(static_cast<double>(o.valueFen) / 100.0, 'f', 2),
                              o.orderedAt ? Instant::formatShort(*o.orderedAt).left(10) : QString(),
                              o.deliveredAt ? Instant::formatShort(*o.deliveredAt).left(10) : tr("not delivered")};
    fill(m_ui->ordersTable,
         {tr("Order"), tr("Grade"), tr("Batch"), tr("Tons"), tr("Value (CNY)"), tr("Ordered"), tr("Delivered")},
         orders);

    QList<QStringList> tasks;
    for (const ServiceTask& t : a.openTasks)
        tasks << QStringList{t.dueDate.toString(Qt::ISODate), t.title(), technicianName(t.owner),
                             serviceTaskStatusLabel(t.status)};
    fill(m_ui->tasksTable, {tr("Due"), tr("Task"), tr("Owner"), tr("Status")}, tasks);

    QList<QStringList> history;
    for (auto it = a.tierHistory.crbegin(); it != a.tierHistory.crend(); ++it)
        history << QStringList{Instant::formatShort(it->at), TierEvent::kindLabel(it->kind),
                               QStringLiteral("%1 → %2").arg(tierKey(it->from), tierKey(it->to)), it->actor,
                               it->reason};
    fill(m_ui->tierHistoryTable, {tr("When"), tr("Change"), tr("Tier"), tr("By"), tr("Reason")}, history);
}

} // namespace ingot
