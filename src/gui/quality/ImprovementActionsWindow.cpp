#include "gui/quality/ImprovementActionsWindow.h"

#include "core/common/Instant.h"
#include "ui_ImprovementActionsWindow.h"

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QStandardItemModel>

namespace ingot {

namespace {
enum Column { Number, Title, StatusColumn, Owner, Due, Tickets };
const QColor kOverdue(0xc6, 0x28, 0x28);

QString statusText(const ImprovementAction& a, bool overdue)
{
    const QString s = improvementStatusLabel(a.status);
    return overdue ? ImprovementActionsWindow::tr("%1 · overdue").arg(s) : s;
}
} // namespace

ImprovementActionsWindow::ImprovementActionsWindow(Store& store, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ImprovementActionsWindow>()),
      m_service(store, clock),
      m_recurrence(store, clock),
      m_clock(clock),
      m_actor(std::move(actor)),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    m_model->setHorizontalHeaderLabels({tr("No."), tr("Title"), tr("Status"), tr("Owner"), tr("Due"), tr("Tickets")});
    m_ui->actionsTable->setModel(m_model);
    m_ui->actionsTable->verticalHeader()->hide();
    m_ui->actionsTable->verticalHeader()->setDefaultSectionSize(26);
    m_ui->actionsTable->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_ui->actionsTable->setColumnWidth(Number, 110);
    m_ui->actionsTable->setColumnWidth(StatusColumn, 120);
    m_ui->actionsTable->setColumnWidth(Owner, 90);
    m_ui->actionsTable->setColumnWidth(Due, 90);
    m_ui->actionsTable->setColumnWidth(Tickets, 60);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->errorLabel->hide();
    m_ui->historyList->setWordWrap(true);
    m_ui->historyList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->headingLabel->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; }"));

    connect(m_ui->detectButton, &QPushButton::clicked, this, &ImprovementActionsWindow::detect);
    connect(m_ui->showClosedCheck, &QCheckBox::toggled, this, &ImprovementActionsWindow::reload);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ImprovementActionsWindow::save);
    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { step(ImprovementStep::Start); });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] { step(ImprovementStep::Verify); });
    connect(m_ui->reopenButton, &QPushButton::clicked, this, [this] { step(ImprovementStep::Reopen); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] { step(ImprovementStep::Close); });
    connect(m_ui->actionsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImprovementActionsWindow::showCurrent);
    reload();
}

ImprovementActionsWindow::~ImprovementActionsWindow() = default;

void ImprovementActionsWindow::reload()
{
    const QString keep = currentNumber();
    auto list = m_service.list(m_ui->showClosedCheck->isChecked());
    m_model->removeRows(0, m_model->rowCount());
    m_actions = list ? *list : QList<ImprovementAction>{};
    if (!list)
        showError(list.error());
    int overdue = 0;
    for (const ImprovementAction& a : m_actions) {
        const bool late = m_service.isOverdue(a);
        overdue += late ? 1 : 0;
        QList<QStandardItem*> row;
        row << new QStandardItem(a.number) << new QStandardItem(a.title) << new QStandardItem(statusText(a, late))
            << new QStandardItem(a.owner)
            << new QStandardItem(a.dueAt ? Instant::formatShort(*a.dueAt).left(10) : QString())
            << new QStandardItem(QString::number(a.tickets.size()));
        for (QStandardItem* item : row) {
            item->setEditable(false);
            if (late)
                item->setForeground(kOverdue);
        }
        row[Title]->setToolTip(a.title);
        m_model->appendRow(row);
    }
    m_ui->summaryLabel->setText(tr("%n action(s)", nullptr, static_cast<int>(m_actions.size())) +
                                (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
    if (!select(keep) && !m_actions.isEmpty())
        m_ui->actionsTable->selectRow(0);
    showCurrent();
}

QString ImprovementActionsWindow::currentNumber() const
{
    const QModelIndex i = m_ui->actionsTable->currentIndex();
    return i.isValid() ? m_model->item(i.row(), Number)->text() : QString();
}

bool ImprovementActionsWindow::select(const QString& number)
{
    for (int r = 0; r < m_model->rowCount() && !number.isEmpty(); ++r)
        if (m_model->item(r, Number)->text() == number) {
            m_ui->actionsTable->selectRow(r);
            return true;
        }
    return false;
}

void ImprovementActionsWindow::detect()
{
    auto p = m_recurrence.propose(std::nullopt, m_actor);
    if (!p) {
        showError(p.error());
        return;
    }
    m_ui->errorLabel->hide();
    reload();
    if (!p->created.isEmpty())
        select(p->created.first().number);
    m_ui->summaryLabel->setText(m_ui->summaryLabel->text() + QStringLiteral(" — ") +
                                tr("%n new from recurring problems", nullptr, static_cast<int>(p->created.size())));
}

void ImprovementActionsWindow::showCurrent()
{
    const QString number = currentNumber();
    m_current.reset();
    for (const ImprovementAction& a : m_actions)
        if (a.number == number)
            m_current = a;
    const bool has = m_current.has_value();
    m_ui->detailPane->setEnabled(has);
    if (!has) {
        m_ui->headingLabel->setText(tr("No improvement action selected"));
        for (QLineEdit* e : {m_ui->titleEdit, m_ui->ownerEdit})
            e->clear();
        for (QPlainTextEdit* e : {m_ui->rootCauseEdit, m_ui->correctiveEdit, m_ui->verificationEdit})
            e->clear();
        m_ui->ticketsLabel->clear();
        m_ui->historyList->clear();
        return;
    }
    const ImprovementAction& a = *m_current;
    const bool late = m_service.isOverdue(a);
    m_ui->headingLabel->setText(QStringLiteral("%1  ·  %2").arg(a.number, statusText(a, late)));
    m_ui->headingLabel->setStyleSheet(
        late ? QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; color: #c62828; }")
             : QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; }"));
    m_ui->titleEdit->setText(a.title);
    m_ui->ownerEdit->setText(a.owner);
    m_ui->dueEdit->setDate(a.dueAt
                               ? QDateTime::fromSecsSinceEpoch(*a.dueAt, Instant::localZone()).date()
                               : QDateTime::fromSecsSinceEpoch(m_clock.now(), Instant::localZone()).date().addDays(30));
    m_ui->rootCauseEdit->setPlainText(a.rootCause);
    m_ui->correctiveEdit->setPlainText(a.correctiveAction);
    m_ui->verificationEdit->setPlainText(a.verification);
    m_ui->ticketsLabel->setText(a.tickets.isEmpty() ? tr("none") : a.tickets.join(QStringLiteral(", ")));

    const bool editable = a.status != ImprovementStatus::Closed;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->titleEdit, m_ui->ownerEdit, m_ui->dueEdit, m_ui->rootCauseEdit,
                                         m_ui->correctiveEdit, m_ui->verificationEdit, m_ui->saveButton})
        w->setEnabled(editable);
    const QList<ImprovementStep> allowed = ImprovementStateMachine::allowedSteps(a.status);
    m_ui->startButton->setEnabled(allowed.contains(ImprovementStep::Start));
    m_ui->verifyButton->setEnabled(allowed.contains(ImprovementStep::Verify));
    m_ui->reopenButton->setEnabled(allowed.contains(ImprovementStep::Reopen));
    m_ui->closeButton->setEnabled(allowed.contains(ImprovementStep::Close));

    m_ui->historyList->clear();
    if (auto history = m_service.history(a))
        for (const auto& h : *history) {
            QString what = h.what;
            if (auto s = parseImprovementStep(h.what))
                what = improvementStepLabel(*s);
            else if (h.what == QLatin1String("created"))
                what = tr("created");
            else if (h.what == QLatin1String("edited"))
                what = tr("edited");
            else if (h.what == QLatin1String("linked"))
                what = tr("tickets linked");
            QString line = QStringLiteral("%1  %2  %3").arg(Instant::formatShort(h.at), h.actor, what);
            if (!h.note.isEmpty())
                line += QStringLiteral(" — ") + h.note;
            m_ui->historyList->addItem(line);
        }
}

ImprovementAction ImprovementActionsWindow::edited() const
{
    ImprovementAction a = *m_current;
    a.title = m_ui->titleEdit->text();
    a.owner = m_ui->ownerEdit->text();
    a.dueAt = QDateTime(m_ui->dueEdit->date(), QTime(23, 59, 59), Instant::localZone()).toSecsSinceEpoch();
    a.rootCause = m_ui->rootCauseEdit->toPlainText();
    a.correctiveAction = m_ui->correctiveEdit->toPlainText();
    a.verification = m_ui->verificationEdit->toPlainText();
    return a;
}

void ImprovementActionsWindow::save()
{
    if (!m_current)
        return;
    auto saved = m_service.save(edited(), m_actor);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_ui->errorLabel->hide();
    reload();
}

void ImprovementActionsWindow::step(ImprovementStep step)
{
    if (!m_current)
        return;
    // The form's text is what the step is judged on: save it first.
    const ImprovementAction form = edited();
    if (m_current->status != ImprovementStatus::Closed) {
        auto saved = m_service.save(form, m_actor);
        if (!saved) {
            showError(saved.error());
            return;
        }
        m_current = *saved;
    }
    auto moved = m_service.step(m_current->number, step, QString(), m_actor, m_current->version);
    if (!moved) {
        showError(moved.error());
        reload();
        return;
    }
    m_ui->errorLabel->hide();
    reload();
}

void ImprovementActionsWindow::showError(const Error& error)
{
    m_ui->errorLabel->setText(error.text());
    m_ui->errorLabel->show();
}

} // namespace ingot
