#pragma once

#include "gui/report/KpiReportJob.h"

#include <QDialog>
#include <QImage>
#include <atomic>
#include <memory>

namespace Ui {
class KpiReportDialog;
}

namespace ingot {

class Clock;

// Reports > Monthly KPI report: pick a month (last month by default), a format, the document's
// language and a file; Preview shows the PDF's pages, Save writes the file. The report is computed
// on a worker thread with a connection of its own, so the desk stays responsive; Cancel drops the
// running computation. The last folder and format are remembered.
class KpiReportDialog final : public QDialog {
    Q_OBJECT
public:
    KpiReportDialog(QString dbPath, const Clock& clock, QWidget* parent = nullptr);
    ~KpiReportDialog() override;

    // Tests replace the engine; the desk uses KpiReportJob::storeSource().
    void setReportSource(KpiReportJob::ReportSource source) { m_source = std::move(source); }

    bool isBusy() const { return m_busy; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    int currentPage() const { return m_page; }
    QString month() const;    // "2026-10"
    QString format() const;   // pdf, xlsx, html, csv, json
    QString language() const; // zh_CN or en

    static LocalMonth defaultMonth(qint64 now); // the month before the one `now` is in

public slots:
    void preview();
    void save();
    void cancel();
    void browse();
    void showPage(int index);
    void reject() override;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    void jobFinished(bool ok);

private:
    void start(const QString& outPath);
    void onProgress(quint64 generation, const QString& text, int done, int total);
    void onDone(quint64 generation, const KpiReportOutcome& outcome);
    void setBusy(bool busy);
    void showError(const QString& text);
    void showStatus(const QString& text);
    void updateSuffix();
    QString suggestedPath() const;

    std::unique_ptr<Ui::KpiReportDialog> m_ui;
    QString m_dbPath;
    const Clock& m_clock;
    KpiReportJob::ReportSource m_source;
    QList<QImage> m_pages;
    int m_page = 0;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace ingot
