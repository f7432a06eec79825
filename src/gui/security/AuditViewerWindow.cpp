#include "gui/security/AuditViewerWindow.h"

#include "app/security/AuditReader.h"
#include "app/storage/StoreOpener.h"
#include "core/common/Instant.h"
#include "gui/main/DeskSession.h"
#include "gui/security/AuditTableModel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>
#include <climits>

namespace ingot {

AuditViewerWindow::AuditViewerWindow(DeskSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_model(new AuditTableModel(session.store(), this)),
      m_view(new QTableView), m_entity(new QLineEdit), m_actor(new QLineEdit), m_useDates(new QCheckBox(tr("From"))),
      m_from(new QDateEdit), m_to(new QDateEdit), m_verify(new QPushButton(tr("&Verify chain"))), m_status(new QLabel)
{
    setObjectName(QStringLiteral("auditViewer"));
    setWindowTitle(tr("Audit trail — IngotDesk"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->setPlaceholderText(tr("ticket, user, policy…"));
    m_entity->setClearButtonEnabled(true);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("login"));
    m_actor->setClearButtonEnabled(true);
    const QDate today = QDateTime::fromSecsSinceEpoch(m_session.clock().now(), Instant::localZone()).date();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_useDates->setObjectName(QStringLiteral("auditUseDates"));
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);

    auto* filter = new QHBoxLayout;
    filter->addWidget(new QLabel(tr("What:")));
    filter->addWidget(m_entity);
    filter->addWidget(new QLabel(tr("Who:")));
    filter->addWidget(m_actor);
    filter->addWidget(m_useDates);
    filter->addWidget(m_from);
    filter->addWidget(new QLabel(tr("to")));
    filter->addWidget(m_to);
    auto* apply = new QPushButton(tr("&Filter"));
    apply->setObjectName(QStringLiteral("auditApply"));
    filter->addWidget(apply);
    filter->addStretch();
    filter->addWidget(m_verify);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // many rows: no per-row sizing
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditTableModel::Seq, 60);
    m_view->setColumnWidth(AuditTableModel::At, 140);
    m_view->setColumnWidth(AuditTableModel::Actor, 160);
    m_view->setColumnWidth(AuditTableModel::Entity, 90);
    m_view->setColumnWidth(AuditTableModel::EntityId, 130);
    m_view->setColumnWidth(AuditTableModel::ActionColumn, 100);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(filter);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    setCentralWidget(central);

    connect(apply, &QPushButton::clicked, this, &AuditViewerWindow::applyFilter);
    connect(m_entity, &QLineEdit::returnPressed, this, &AuditViewerWindow::applyFilter);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditViewerWindow::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditViewerWindow::verifyChain);
    connect(m_model, &AuditTableModel::loadFailed, m_status, &QLabel::setText);
    resize(1200, 700);
    applyFilter();
}

AuditViewerWindow::~AuditViewerWindow()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString AuditViewerWindow::verifyResult() const
{
    return m_status->text();
}

void AuditViewerWindow::applyFilter()
{
    AuditQuery q;
    q.entity = m_entity->text().trimmed();
    q.actor = m_actor->text().trimmed();
    if (m_useDates->isChecked()) {
        q.from = QDateTime(m_from->date(), QTime(0, 0), Instant::localZone()).toSecsSinceEpoch();
        q.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Instant::localZone()).toSecsSinceEpoch();
    }
    m_model->setQuery(q);
    m_status->setText(tr("%n entr(ies)", nullptr, static_cast<int>(std::min<qint64>(m_model->total(), INT_MAX))));
}

void AuditViewerWindow::verifyChain()
{
    if (m_worker)
        return;
    m_verify->setEnabled(false);
    m_status->setText(tr("Verifying the chain…"));
    // The worker reads through a connection of its own (a QSqlDatabase belongs to its thread).
    const QString path = m_session.dbPath();
    const Actor actor = m_session.store().actor();
    QPointer<AuditViewerWindow> self(this);
    m_worker = QThread::create([path, actor, self] {
        bool ok = false;
        QString text;
        auto store = StoreOpener::openExisting(path);
        if (!store) {
            text = store.error().message;
        } else {
            (*store)->setActor(actor);
            auto result = AuditReader(**store).verify();
            if (!result) {
                text = result.error().message;
            } else if (result->ok()) {
                ok = true;
                text = tr("The chain is intact: %n entr(ies) checked.", nullptr, static_cast<int>(result->checked));
            } else {
                const AuditEntry& bad = *result->firstBad;
                text = tr("The chain is broken at entry #%1 (%2, %3 %4 by %5): its %6 does not match. Entries "
                          "from there on cannot be trusted; restore a backup and compare.")
                           .arg(bad.seq)
                           .arg(Instant::format(bad.at), bad.entity, bad.entityId, bad.actor, result->reason);
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, text] {
                if (self)
                    self->showVerification(ok, text);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void AuditViewerWindow::showVerification(bool ok, const QString& text)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    m_verify->setEnabled(true);
    emit verified(ok);
}

}  // namespace ingot
