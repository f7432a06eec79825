#include "gui/queue/FilterBar.h"

#include "ui_FilterBar.h"

namespace ingot {

namespace {
// Item data of the stage combo: an invalid QVariant is "all", kOpen the open stages, else a stage.
const QString kOpen = QStringLiteral("open");
}  // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    fillCombos();

    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(kTextDebounceMs);
    connect(&m_textTimer, &QTimer::timeout, this, &FilterBar::emitFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_silent)
            m_textTimer.start();
    });
    // Enter applies the text at once.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_textTimer.stop();
        emitFilter();
    });
    for (QComboBox* combo : {m_ui->stageCombo, m_ui->tierCombo, m_ui->priorityCombo, m_ui->regionCombo,
                             m_ui->assigneeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_silent)
                emitFilter();
        });
    connect(m_ui->clearButton, &QPushButton::clicked, this, &FilterBar::clear);
}

FilterBar::~FilterBar() = default;

void FilterBar::fillCombos()
{
    m_ui->stageCombo->addItem(tr("All"));
    m_ui->stageCombo->addItem(tr("Open"), kOpen);
    for (Stage s : allStages())
        m_ui->stageCombo->addItem(stageLabel(s), stageKey(s));

    m_ui->tierCombo->addItem(tr("All"));
    for (Tier t : allTiers())
        m_ui->tierCombo->addItem(tierKey(t), tierKey(t));
    for (int i = 1; i < m_ui->tierCombo->count(); ++i)
        m_ui->tierCombo->setItemData(i, tierLabel(*parseTier(m_ui->tierCombo->itemData(i).toString())),
                                     Qt::ToolTipRole);

    m_ui->priorityCombo->addItem(tr("All"));
    // Keys keep the bar short; the full label ("P1 line stopped / safety") is in the list's tooltip.
    for (Priority p : allPriorities()) {
        m_ui->priorityCombo->addItem(priorityKey(p), priorityKey(p));
        m_ui->priorityCombo->setItemData(m_ui->priorityCombo->count() - 1, priorityLabel(p), Qt::ToolTipRole);
    }

    m_ui->regionCombo->addItem(tr("All"));
    for (Region r : allRegions())
        m_ui->regionCombo->addItem(regionLabel(r), regionKey(r));

    setTechnicians({});
}

void FilterBar::setTechnicians(const QList<Technician>& technicians)
{
    const QVariant current = m_ui->assigneeCombo->currentData();
    m_silent = true;
    m_ui->assigneeCombo->clear();
    m_ui->assigneeCombo->addItem(tr("Anyone"));
    m_ui->assigneeCombo->addItem(tr("Unassigned"), QString(QLatin1String("")));
    for (const Technician& t : technicians)
        m_ui->assigneeCombo->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.login), t.login);
    const int again = current.isValid() ? m_ui->assigneeCombo->findData(current) : 0;
    m_ui->assigneeCombo->setCurrentIndex(std::max(0, again));
    m_silent = false;
}

QueueFilter FilterBar::filter() const
{
    QueueFilter f;
    const QVariant stage = m_ui->stageCombo->currentData();
    if (stage.isValid()) {
        if (stage.toString() == kOpen)
            f.openOnly = true;
        else
            f.stage = parseStage(stage.toString());
    }
    if (const QVariant v = m_ui->tierCombo->currentData(); v.isValid())
        f.tier = parseTier(v.toString());
    if (const QVariant v = m_ui->priorityCombo->currentData(); v.isValid())
        f.priority = parsePriority(v.toString());
    if (const QVariant v = m_ui->regionCombo->currentData(); v.isValid())
        f.region = parseRegion(v.toString());
    if (const QVariant v = m_ui->assigneeCombo->currentData(); v.isValid())
        f.assignee = v.toString();
    f.text = m_ui->searchEdit->text().trimmed();
    return f;
}

void FilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void FilterBar::clear()
{
    m_silent = true;
    for (QComboBox* combo : {m_ui->stageCombo, m_ui->tierCombo, m_ui->priorityCombo, m_ui->regionCombo,
                             m_ui->assigneeCombo})
        combo->setCurrentIndex(0);
    m_ui->searchEdit->clear();
    m_silent = false;
    m_textTimer.stop();
    emitFilter();
}

void FilterBar::emitFilter()
{
    const QueueFilter f = filter();
    if (f == m_lastEmitted)
        return;
    m_lastEmitted = f;
    emit filterChanged(f);
}

}  // namespace ingot
