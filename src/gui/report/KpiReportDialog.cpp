#include "gui/report/KpiReportDialog.h"

#include "core/common/Clock.h"
#include "core/common/Instant.h"
#include "ui_KpiReportDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace ingot {

namespace {
const QString kFolderKey = QStringLiteral("reports/lastFolder");
const QString kFormatKey = QStringLiteral("reports/lastFormat");
const QStringList kSuffixes = {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("html"),
                               QStringLiteral("csv"), QStringLiteral("json")};
} // namespace

KpiReportDialog::KpiReportDialog(QString dbPath, const Clock& clock, QWidget* parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::KpiReportDialog>()),
      m_dbPath(std::move(dbPath)),
      m_clock(clock),
      m_source(KpiReportJob::storeSource())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("kpiReportDialog"));

    const LocalMonth last = defaultMonth(m_clock.now());
    m_ui->monthEdit->setDate(QDate(last.year, last.month, 1));
    m_ui->monthEdit->setMaximumDate(QDateTime::fromSecsSinceEpoch(m_clock.now(), Instant::localZone()).date());

    m_ui->formatCombo->addItem(tr("PDF document (.pdf)"), QStringLiteral("pdf"));
    m_ui->formatCombo->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_ui->formatCombo->addItem(tr("Web page (.html)"), QStringLiteral("html"));
    m_ui->formatCombo->addItem(tr("CSV table (.csv)"), QStringLiteral("csv"));
    m_ui->formatCombo->addItem(tr("JSON data (.json)"), QStringLiteral("json"));
    const QSettings settings;
    const int savedFormat = m_ui->formatCombo->findData(settings.value(kFormatKey).toString());
    m_ui->formatCombo->setCurrentIndex(std::max(0, savedFormat));

    // Each language named in itself; the desk's own language first chosen.
    m_ui->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);

    m_ui->fileEdit->setText(suggestedPath());
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->cancelButton->setEnabled(false);
    m_ui->previousButton->setEnabled(false);
    m_ui->nextButton->setEnabled(false);
    m_ui->pageLabel->setText(tr("Preview shows the report's pages here."));
    m_ui->pageLabel->setObjectName(QStringLiteral("pageLabel"));

    connect(m_ui->previewButton, &QPushButton::clicked, this, &KpiReportDialog::preview);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &KpiReportDialog::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &KpiReportDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &KpiReportDialog::reject);
    connect(m_ui->browseButton, &QToolButton::clicked, this, &KpiReportDialog::browse);
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &KpiReportDialog::updateSuffix);
    connect(m_ui->monthEdit, &QDateEdit::dateChanged, this, [this] {
        // A file named after the month follows the month.
        const QFileInfo info(m_ui->fileEdit->text());
        if (info.fileName().startsWith(QLatin1String("kpi-")))
            m_ui->fileEdit->setText(info.dir().filePath(QStringLiteral("kpi-%1.%2").arg(month(), format())));
    });
}

KpiReportDialog::~KpiReportDialog()
{
    // A computation still running finishes on its own thread and is then dropped.
    if (m_cancelled)
        m_cancelled->store(true);
}

LocalMonth KpiReportDialog::defaultMonth(qint64 now)
{
    return LocalMonth::containing(now).previous();
}

QString KpiReportDialog::month() const
{
    return m_ui->monthEdit->date().toString(QStringLiteral("yyyy-MM"));
}

QString KpiReportDialog::format() const
{
    return m_ui->formatCombo->currentData().toString();
}

QString KpiReportDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

QString KpiReportDialog::suggestedPath() const
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("kpi-%1.%2").arg(month(), format()));
}

void KpiReportDialog::updateSuffix()
{
    const QString path = m_ui->fileEdit->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty() || !kSuffixes.contains(info.suffix().toLower()))
        return;
    m_ui->fileEdit->setText(path.left(path.size() - info.suffix().size()) + format());
}

void KpiReportDialog::browse()
{
    const QString filter = m_ui->formatCombo->currentText();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the KPI report"), m_ui->fileEdit->text(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

void KpiReportDialog::preview()
{
    start(QString());
}

void KpiReportDialog::save()
{
    QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        browse();
        path = m_ui->fileEdit->text().trimmed();
        if (path.isEmpty())
            return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + format();
        m_ui->fileEdit->setText(path);
    }
    start(QDir::fromNativeSeparators(path));
}

void KpiReportDialog::start(const QString& outPath)
{
    if (m_busy)
        return;
    const auto parsed = LocalMonth::parse(month());
    if (!parsed) {
        showError(parsed.error().message);
        return;
    }
    KpiReportRequest request;
    request.dbPath = m_dbPath;
    request.month = *parsed;
    request.now = m_clock.now();
    request.language = language();
    request.format = format();
    request.outPath = outPath;
    request.preview = true;
    request.dpi = 96;

    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    setBusy(true);
    showStatus(tr("Starting…"));

    QPointer<KpiReportDialog> self(this);
    auto cancelled = m_cancelled;
    auto source = m_source;
    QThread* thread = QThread::create([request, source, cancelled, self, generation] {
        auto progress = [self, generation](const QString& text, int done, int total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, text, done, total] {
                    if (self)
                        self->onProgress(generation, text, done, total);
                },
                Qt::QueuedConnection);
        };
        KpiReportOutcome outcome = KpiReportJob::run(request, source, progress, *cancelled);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, outcome] {
                if (self)
                    self->onDone(generation, outcome);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("kpi-report"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void KpiReportDialog::cancel()
{
    if (!m_busy)
        return;
    if (m_cancelled)
        m_cancelled->store(true);
    ++m_generation; // whatever the running job still sends is about a request nobody waits for
    setBusy(false);
    showStatus(tr("Cancelled. Nothing was written."));
    emit jobFinished(false);
}

void KpiReportDialog::reject()
{
    cancel();
    QDialog::reject();
}

void KpiReportDialog::onProgress(quint64 generation, const QString& text, int done, int total)
{
    if (generation != m_generation)
        return;
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
    showStatus(text);
}

void KpiReportDialog::onDone(quint64 generation, const KpiReportOutcome& outcome)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    if (outcome.cancelled) {
        showStatus(tr("Cancelled. Nothing was written."));
        emit jobFinished(false);
        return;
    }
    if (!outcome.ok) {
        showError(tr("The report could not be made: %1").arg(outcome.error.text()));
        emit jobFinished(false);
        return;
    }
    m_pages = outcome.pages;
    showPage(0);
    if (!outcome.written.isEmpty()) {
        QSettings settings;
        settings.setValue(kFolderKey, QFileInfo(outcome.written).absolutePath());
        settings.setValue(kFormatKey, format());
        showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(outcome.written)));
    } else {
        const qint64 reported = outcome.report.values.reported.value_or(0);
        showStatus(tr("%n ticket(s) reported in %1.", nullptr, static_cast<int>(reported)).arg(outcome.report.month));
    }
    emit jobFinished(true);
}

void KpiReportDialog::showPage(int index)
{
    if (m_pages.isEmpty()) {
        m_ui->pageNumberLabel->clear();
        m_ui->previousButton->setEnabled(false);
        m_ui->nextButton->setEnabled(false);
        return;
    }
    m_page = std::clamp(index, 0, pageCount() - 1);
    // Fit the page to the preview's width (never enlarged), so a whole line of the table is in view.
    QPixmap page = QPixmap::fromImage(m_pages.at(m_page));
    const int width = m_ui->previewArea->viewport()->width() - 8;
    if (width > 100 && page.width() > width)
        page = page.scaledToWidth(width, Qt::SmoothTransformation);
    m_ui->pageLabel->setPixmap(page);
    m_ui->pageNumberLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
    m_ui->previousButton->setEnabled(m_page > 0);
    m_ui->nextButton->setEnabled(m_page + 1 < pageCount());
}

void KpiReportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (!m_pages.isEmpty())
        showPage(m_page);
}

void KpiReportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->previewButton->setEnabled(!busy);
    m_ui->saveButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->monthEdit->setEnabled(!busy);
    m_ui->formatCombo->setEnabled(!busy);
    m_ui->languageCombo->setEnabled(!busy);
    m_ui->fileEdit->setEnabled(!busy);
    m_ui->browseButton->setEnabled(!busy);
    if (busy) {
        m_ui->progressBar->setRange(0, 0); // busy until the first real step count
    } else {
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(0);
    }
}

void KpiReportDialog::showError(const QString& text)
{
    m_ui->statusLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->statusLabel->setText(text);
}

void KpiReportDialog::showStatus(const QString& text)
{
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(text);
}

} // namespace ingot
