#include "app/reportdoc/KpiXlsxWriter.h"

#include "app/reportdoc/DocumentFile.h"
#include "app/reportdoc/KpiDocumentText.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <xlsxwriter.h>

namespace ingot {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KpiDocumentWriter)
};

// Formats live as long as the workbook; this keeps the ones a sheet needs by name.
struct Formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* key = nullptr;
    lxw_format* count = nullptr;
    lxw_format* oneDecimal = nullptr;
    lxw_format* twoDecimals = nullptr;
    lxw_format* money = nullptr;
    lxw_format* changeOne = nullptr;
    lxw_format* changeTwo = nullptr;
    lxw_format* changeCount = nullptr;
    lxw_format* met = nullptr;
    lxw_format* missed = nullptr;
    lxw_format* muted = nullptr;
    lxw_format* title = nullptr;

    explicit Formats(lxw_workbook* wb)
    {
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_bg_color(header, 0xDCE6F1);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        text = workbook_add_format(wb);
        key = workbook_add_format(wb);
        format_set_font_color(key, 0x808080);
        count = numeric(wb, "0");
        oneDecimal = numeric(wb, "0.0");
        twoDecimals = numeric(wb, "0.00");
        money = numeric(wb, "#,##0.00");
        changeOne = numeric(wb, "+0.0;-0.0;0.0");
        changeTwo = numeric(wb, "+0.00;-0.00;0.00");
        changeCount = numeric(wb, "+0;-0;0");
        met = workbook_add_format(wb);
        format_set_font_color(met, 0x2E7D32);
        format_set_bold(met);
        missed = workbook_add_format(wb);
        format_set_font_color(missed, 0xC62828);
        format_set_bold(missed);
        muted = workbook_add_format(wb);
        format_set_font_color(muted, 0x808080);
        title = workbook_add_format(wb);
        format_set_bold(title);
        format_set_font_size(title, 14);
    }

    static lxw_format* numeric(lxw_workbook* wb, const char* pattern)
    {
        lxw_format* f = workbook_add_format(wb);
        format_set_num_format(f, pattern);
        return f;
    }

    lxw_format* forDecimals(int decimals, bool isMoney) const
    {
        if (isMoney)
            return money;
        return decimals == 0 ? count : decimals == 1 ? oneDecimal : twoDecimals;
    }
    lxw_format* changeFor(int decimals) const
    {
        return decimals == 0 ? changeCount : decimals == 1 ? changeOne : changeTwo;
    }
};

// Writes what Excel needs: UTF-8 text, a number, or nothing at all for a null.
class Sheet {
public:
    Sheet(lxw_worksheet* ws) : m_ws(ws) {}
    void text(int row, int col, const QString& value, lxw_format* format = nullptr)
    {
        const QByteArray utf8 = value.toUtf8();
        worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format);
    }
    void number(int row, int col, std::optional<double> value, lxw_format* format)
    {
        if (value)
            worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col), *value, format);
    }
    void headers(const QStringList& names, lxw_format* format)
    {
        for (int c = 0; c < names.size(); ++c)
            text(0, c, names.at(c), format);
        worksheet_set_row(m_ws, 0, 30, nullptr);
        worksheet_freeze_panes(m_ws, 1, 0);
    }
    void widths(const QList<double>& widths)
    {
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    }
    lxw_worksheet* handle() const { return m_ws; }

private:
    lxw_worksheet* m_ws;
};

lxw_worksheet* addSheet(lxw_workbook* wb, const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    return workbook_add_worksheet(wb, utf8.constData());
}

void writeKpis(lxw_workbook* wb, const Formats& f, const KpiReport& report, const KpiDocumentText& t)
{
    Sheet s(addSheet(wb, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "KPIs"))));
    s.headers({t.localized(QT_TRANSLATE_NOOP("KpiDocument", "KPI")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Key")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "This month")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Target")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Target rule")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Status")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Previous month")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Change"))},
              f.header);
    s.widths({38, 22, 12, 10, 10, 12, 14, 10});
    int row = 1;
    for (const KpiKeyInfo& info : kpiKeys()) {
        const bool isMoney = info.key == KpiKey::CompensationCny;
        lxw_format* numberFormat = f.forDecimals(info.decimals, isMoney);
        const std::optional<double> value = report.values.value(info.key);
        const std::optional<double> previous = report.previous.value(info.key);
        const std::optional<KpiTarget> target = report.targets.target(info.key);
        const KpiTargetStatus status = report.targets.status(info.key, value);
        s.text(row, 0, t.kpiLabel(info.key), f.text);
        s.text(row, 1, QString::fromLatin1(info.name), f.key);
        s.number(row, 2, value, numberFormat);
        if (target) {
            s.number(row, 3, target->value, numberFormat);
            s.text(row, 4, target->direction == KpiDirection::AtMost ? QStringLiteral("≤") : QStringLiteral("≥"),
                   f.text);
        }
        const QString statusText = t.targetStatusLabel(status);
        if (!statusText.isEmpty())
            s.text(row, 5, statusText,
                   status == KpiTargetStatus::Met      ? f.met
                   : status == KpiTargetStatus::Missed ? f.missed
                                                       : f.muted);
        s.number(row, 6, previous, numberFormat);
        if (value && previous)
            s.number(row, 7, QString::number(*value - *previous, 'f', info.decimals).toDouble(),
                     f.changeFor(info.decimals));
        ++row;
    }
}

void writeBreakdown(lxw_workbook* wb, const Formats& f, const QString& sheetName, const QString& groupHeader,
                    const KpiBreakdown& groups, const std::function<QString(const QString&)>& label,
                    const KpiDocumentText& t)
{
    Sheet s(addSheet(wb, sheetName));
    s.headers({groupHeader, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Key")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Reported")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Response SLA met (%)")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Resolution SLA met (%)")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Satisfied (%)"))},
              f.header);
    s.widths({22, 16, 10, 16, 16, 14});
    int row = 1;
    for (const KpiGroup& g : groups) {
        s.text(row, 0, label(g.key), f.text);
        s.text(row, 1, g.key, f.key);
        s.number(row, 2, double(g.reported), f.count);
        s.number(row, 3, g.responseSlaPct, f.oneDecimal);
        s.number(row, 4, g.resolutionSlaPct, f.oneDecimal);
        s.number(row, 5, g.csatPct, f.oneDecimal);
        ++row;
    }
    worksheet_autofilter(s.handle(), 0, 0, lxw_row_t(std::max(1, row - 1)), 5);
}

void writeTopCategories(lxw_workbook* wb, const Formats& f, const KpiReport& report, const KpiDocumentText& t)
{
    Sheet s(addSheet(wb, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Top categories"))));
    s.headers({t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Rank")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Category")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Key")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Tickets")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Share of the month (%)"))},
              f.header);
    s.widths({8, 18, 14, 10, 18});
    const qint64 reported = report.values.reported.value_or(0);
    int row = 1;
    for (const KpiCategoryCount& c : report.topCategories) {
        s.number(row, 0, double(row), f.count);
        s.text(row, 1, t.categoryLabel(c.category), f.text);
        s.text(row, 2, c.category, f.key);
        s.number(row, 3, double(c.count), f.count);
        if (reported > 0)
            s.number(row, 4, QString::number(100.0 * double(c.count) / double(reported), 'f', 1).toDouble(),
                     f.oneDecimal);
        ++row;
    }
}

void writeKeywords(lxw_workbook* wb, const Formats& f, const KpiReport& report, const KpiDocumentText& t)
{
    Sheet s(addSheet(wb, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Complaint keywords"))));
    s.headers({t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Rank")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Term")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Tickets")),
               t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Share of the month (%)"))},
              f.header);
    s.widths({8, 18, 10, 18});
    int row = 1;
    for (const KeywordCounter::Entry& k : report.keywords.top) {
        s.number(row, 0, double(row), f.count);
        s.text(row, 1, k.word, f.text);
        s.number(row, 2, double(k.count), f.count);
        s.number(row, 3, QString::number(100.0 * k.share, 'f', 1).toDouble(), f.oneDecimal);
        ++row;
    }
}

void writeAbout(lxw_workbook* wb, const Formats& f, const KpiReport& report, const KpiDocumentText& t)
{
    Sheet s(addSheet(wb, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "About"))));
    s.widths({26, 70});
    s.text(0, 0, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Monthly service KPI report")), f.title);
    const QList<std::pair<QString, QString>> lines = {
        {t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Month")), report.month},
        {t.localized(QT_TRANSLATE_NOOP("KpiDocument", "As of")), Instant::format(report.now)},
        {t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Previous month")), report.previousMonth},
        {t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Definitions")),
         t.localized(QT_TRANSLATE_NOOP(
             "KpiDocument",
             "The month's tickets are those reported in it, cancelled ones excluded, evaluated as of the instant "
             "above. "
             "Percentages run from 0 to 100; hours are wall-clock hours from the report. An empty cell means there "
             "was nothing to measure."))},
    };
    int row = 2;
    for (const auto& [name, value] : lines) {
        s.text(row, 0, name, f.header);
        s.text(row, 1, value, f.text);
        ++row;
    }
}

} // namespace

Status KpiXlsxWriter::write(const KpiReport& report, const QString& path, const QString& language)
{
    auto target = DocumentFile::prepare(path);
    if (!target)
        return target.error();
    const KpiDocumentText t(language);

    // libxlsxwriter writes the file itself, at close: into a temporary name beside the target, so
    // that a failure never leaves half a workbook where the old one was.
    const QByteArray partial = QFile::encodeName(target->partialPath);
    lxw_workbook* wb = workbook_new(partial.constData());
    if (!wb)
        return Error::internal(Text::tr("cannot start the Excel workbook"));
    const QByteArray title = (t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Monthly service KPI report")) +
                              QStringLiteral(" ") + t.monthLabel(report.month))
                                 .toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    char creator[] = "IngotDesk";
    properties.author = creator;
    workbook_set_properties(wb, &properties);

    const Formats f(wb);
    writeKpis(wb, f, report, t);
    writeBreakdown(
        wb, f, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "By tier")),
        t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Tier")), report.byTier,
        [&t](const QString& k) { return t.tierLabel(k); }, t);
    writeBreakdown(
        wb, f, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "By region")),
        t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Region")), report.byRegion,
        [&t](const QString& k) { return t.regionLabel(k); }, t);
    writeBreakdown(
        wb, f, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "By category")),
        t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Category")), report.byCategory,
        [&t](const QString& k) { return t.categoryLabel(k); }, t);
    writeBreakdown(
        wb, f, t.localized(QT_TRANSLATE_NOOP("KpiDocument", "By assignee")),
        t.localized(QT_TRANSLATE_NOOP("KpiDocument", "Assignee")), report.byAssignee,
        [&t](const QString& k) { return t.assigneeLabel(k); }, t);
    writeTopCategories(wb, f, report, t);
    writeKeywords(wb, f, report, t);
    writeAbout(wb, f, report, t);

    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(target->partialPath);
        return Error::badInput(Text::tr("cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed))));
    }
    return DocumentFile::commit(*target);
}

} // namespace ingot
