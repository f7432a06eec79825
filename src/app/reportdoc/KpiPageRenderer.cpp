#include "app/reportdoc/KpiPageRenderer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cairo-pdf.h>
#include <cairo.h>
#include <cmath>
#include <pango/pangocairo.h>

namespace ingot {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KpiPageRenderer)
};

constexpr double kMarginX = 50;
constexpr double kTop = 64;     // first line of content
constexpr double kBottom = 780; // content ends above this line
constexpr double kHeaderY = 30;
constexpr double kFooterY = 800;
constexpr double kContentWidth = KpiPageRenderer::kPageWidth - 2 * kMarginX;
constexpr double kCellPadX = 5;
constexpr double kCellPadY = 3.5;
constexpr double kChartHeight = 250;
constexpr double kKeepWithNext = 90; // a heading needs this much room below it on its page

constexpr double kHeadingSize = 15;
constexpr double kSubheadingSize = 11.5;
constexpr double kBodySize = 9.5;
constexpr double kTableSize = 8.5;
constexpr double kSmallSize = 7.5;

struct Rgb {
    double r, g, b;
};
constexpr Rgb kInk{0.13, 0.15, 0.18};
constexpr Rgb kAccent{0.12, 0.31, 0.47};
constexpr Rgb kGood{0.18, 0.49, 0.20};
constexpr Rgb kBad{0.78, 0.16, 0.16};
constexpr Rgb kMuted{0.50, 0.52, 0.55};
constexpr Rgb kRule{0.80, 0.82, 0.85};
constexpr Rgb kHeaderFill{0.90, 0.93, 0.96};
constexpr Rgb kStripe{0.97, 0.975, 0.98};
constexpr Rgb kSeriesColours[] = {{0.12, 0.31, 0.47}, {0.88, 0.48, 0.22}, {0.36, 0.62, 0.36}, {0.55, 0.40, 0.65}};

void setColour(cairo_t* cr, Rgb c)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

Rgb toneColour(KpiTone tone)
{
    switch (tone) {
    case KpiTone::Good:
        return kGood;
    case KpiTone::Bad:
        return kBad;
    case KpiTone::Muted:
        return kMuted;
    case KpiTone::Strong:
    case KpiTone::Normal:
        break;
    }
    return kInk;
}

// One text box: pango shapes it (Chinese, Latin and symbols from whatever font has them), wraps it
// at `width` and reports its height. Metrics are unhinted, so that the PDF and the preview images
// at any resolution break lines at the same places.
class TextBox {
public:
    TextBox(cairo_t* cr, const QString& family, const QString& text, double size, bool bold, double width,
            PangoAlignment align = PANGO_ALIGN_LEFT)
        : m_layout(pango_cairo_create_layout(cr))
    {
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(pango_layout_get_context(m_layout), options);
        pango_layout_context_changed(m_layout);
        cairo_font_options_destroy(options);

        PangoFontDescription* font = pango_font_description_new();
        const QByteArray familyUtf8 = family.toUtf8();
        pango_font_description_set_family(font, familyUtf8.constData());
        pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(m_layout, font);
        pango_font_description_free(font);

        if (width > 0) {
            pango_layout_set_width(m_layout, pango_units_from_double(width));
            pango_layout_set_wrap(m_layout, PANGO_WRAP_WORD_CHAR);
        }
        pango_layout_set_alignment(m_layout, align);
        const QByteArray utf8 = text.toUtf8();
        pango_layout_set_text(m_layout, utf8.constData(), static_cast<int>(utf8.size()));
    }
    ~TextBox() { g_object_unref(m_layout); }
    TextBox(const TextBox&) = delete;
    TextBox& operator=(const TextBox&) = delete;

    double height() const
    {
        int w = 0;
        int h = 0;
        pango_layout_get_size(m_layout, &w, &h);
        return pango_units_to_double(h);
    }
    double width() const
    {
        int w = 0;
        int h = 0;
        pango_layout_get_size(m_layout, &w, &h);
        return pango_units_to_double(w);
    }
    void draw(cairo_t* cr, double x, double y, Rgb colour) const
    {
        setColour(cr, colour);
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, m_layout);
    }

private:
    PangoLayout* m_layout;
};

double blockGap(KpiDocBlock::Kind kind)
{
    switch (kind) {
    case KpiDocBlock::Kind::Heading:
        return 10;
    case KpiDocBlock::Kind::Subheading:
        return 6;
    case KpiDocBlock::Kind::Paragraph:
        return 8;
    case KpiDocBlock::Kind::Table:
    case KpiDocBlock::Kind::Chart:
        return 14;
    case KpiDocBlock::Kind::PageBreak:
        break;
    }
    return 0;
}

QList<double> columnWidths(const KpiDocTable& table)
{
    QList<double> widths = table.widths;
    while (widths.size() < table.headers.size())
        widths << 1.0;
    double sum = 0;
    for (double w : widths)
        sum += w;
    for (double& w : widths)
        w = sum > 0 ? w / sum * kContentWidth : 0;
    return widths;
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

// Where each block, or each slice of a table's rows, sits on which page.
struct KpiPageRenderer::Layout {
    struct Piece {
        int block = 0;
        double y = 0;
        int firstRow = 0; // tables: rows [firstRow, endRow), the header drawn above them
        int endRow = 0;
    };
    QList<QList<Piece>> pages;       // pages[0] is the title page and holds no pieces
    QList<QList<double>> rowHeights; // per block; tables only: [0] the header, then each row
    QList<double> blockHeights;      // headings, paragraphs and charts
};

namespace {

double measureRow(cairo_t* cr, const QString& family, const QStringList& texts, const QList<double>& widths, bool bold)
{
    double height = 0;
    for (int c = 0; c < texts.size() && c < widths.size(); ++c) {
        TextBox box(cr, family, texts.at(c), kTableSize, bold, widths.at(c) - 2 * kCellPadX);
        height = std::max(height, box.height());
    }
    return height + 2 * kCellPadY;
}

QStringList cellTexts(const QList<KpiDocCell>& cells)
{
    QStringList texts;
    for (const KpiDocCell& cell : cells)
        texts << cell.text;
    return texts;
}

double textBlockSize(KpiDocBlock::Kind kind)
{
    switch (kind) {
    case KpiDocBlock::Kind::Heading:
        return kHeadingSize;
    case KpiDocBlock::Kind::Subheading:
        return kSubheadingSize;
    default:
        return kBodySize;
    }
}

} // namespace

KpiPageRenderer::KpiPageRenderer(KpiDocument document)
    : m_document(std::move(document)),
      m_layout(std::make_unique<Layout>())
{
    cairo_surface_t* surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
    cairo_t* cr = cairo_create(surface);
    const QString& family = m_document.fontFamily;
    Layout& layout = *m_layout;
    layout.pages.append(QList<Layout::Piece>{}); // the title page
    layout.pages.append(QList<Layout::Piece>{});
    double y = kTop;
    auto newPage = [&] {
        layout.pages.append(QList<Layout::Piece>{});
        y = kTop;
    };

    for (int b = 0; b < m_document.blocks.size(); ++b) {
        const KpiDocBlock& block = m_document.blocks.at(b);
        QList<double> rows;
        double height = 0;
        switch (block.kind) {
        case KpiDocBlock::Kind::PageBreak:
            if (!layout.pages.last().isEmpty())
                newPage();
            break;
        case KpiDocBlock::Kind::Heading:
        case KpiDocBlock::Kind::Subheading:
        case KpiDocBlock::Kind::Paragraph: {
            const bool heading = block.kind != KpiDocBlock::Kind::Paragraph;
            TextBox box(cr, family, block.text, textBlockSize(block.kind), heading, kContentWidth);
            height = box.height() + (block.kind == KpiDocBlock::Kind::Heading ? 6 : 0);
            const double needed = height + (heading ? kKeepWithNext : 0);
            if (y + needed > kBottom && !layout.pages.last().isEmpty())
                newPage();
            layout.pages.last().append({b, y, 0, 0});
            y += height + blockGap(block.kind);
            break;
        }
        case KpiDocBlock::Kind::Chart:
            height = kChartHeight;
            if (y + height > kBottom && !layout.pages.last().isEmpty())
                newPage();
            layout.pages.last().append({b, y, 0, 0});
            y += height + blockGap(block.kind);
            break;
        case KpiDocBlock::Kind::Table: {
            const QList<double> widths = columnWidths(block.table);
            rows << measureRow(cr, family, block.table.headers, widths, true);
            for (const QList<KpiDocCell>& row : block.table.rows)
                rows << measureRow(cr, family, cellTexts(row), widths, false);
            int next = 0;
            const int count = static_cast<int>(block.table.rows.size());
            // At least the header and one row on a page; split between rows, never inside one.
            while (next < count || (count == 0 && next == 0)) {
                if (y + rows.at(0) + (count > 0 ? rows.at(next + 1) : 0) > kBottom && !layout.pages.last().isEmpty())
                    newPage();
                double used = rows.at(0);
                int end = next;
                while (end < count && (end == next || y + used + rows.at(end + 1) <= kBottom)) {
                    used += rows.at(end + 1);
                    ++end;
                }
                layout.pages.last().append({b, y, next, end});
                y += used;
                next = end;
                if (count == 0)
                    break;
                if (next < count)
                    newPage();
            }
            y += blockGap(block.kind);
            break;
        }
        }
        layout.rowHeights.append(rows);
        layout.blockHeights.append(height);
    }
    if (layout.pages.size() > 1 && layout.pages.last().isEmpty())
        layout.pages.removeLast();
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
}

KpiPageRenderer::~KpiPageRenderer() = default;

int KpiPageRenderer::pageCount() const
{
    return static_cast<int>(m_layout->pages.size());
}

namespace {

void drawTitlePage(cairo_t* cr, const KpiDocument& doc)
{
    const QString& family = doc.fontFamily;
    // A band of colour across the top, the product's name on it.
    setColour(cr, kAccent);
    cairo_rectangle(cr, 0, 0, KpiPageRenderer::kPageWidth, 230);
    cairo_fill(cr);
    TextBox product(cr, family, doc.product, 30, true, kContentWidth);
    product.draw(cr, kMarginX, 90, {1, 1, 1});
    TextBox company(cr, family, doc.company, 13, false, kContentWidth);
    company.draw(cr, kMarginX, 90 + product.height() + 8, {0.88, 0.92, 0.96});

    double y = 290;
    TextBox title(cr, family, doc.title, 26, true, kContentWidth);
    title.draw(cr, kMarginX, y, kInk);
    y += title.height() + 14;
    TextBox month(cr, family, doc.monthLabel, 20, false, kContentWidth);
    month.draw(cr, kMarginX, y, kAccent);
    y += month.height() + 10;
    TextBox asOf(cr, family, doc.asOfLabel, 11, false, kContentWidth);
    asOf.draw(cr, kMarginX, y, kMuted);
    y += asOf.height() + 36;

    if (!doc.highlights.isEmpty()) {
        double boxHeight = 24;
        QList<double> heights;
        for (const QString& line : doc.highlights) {
            TextBox box(cr, family, line, 12, false, kContentWidth - 40);
            heights << box.height();
            boxHeight += box.height() + 8;
        }
        setColour(cr, kHeaderFill);
        cairo_rectangle(cr, kMarginX, y, kContentWidth, boxHeight);
        cairo_fill(cr);
        setColour(cr, kAccent);
        cairo_rectangle(cr, kMarginX, y, 4, boxHeight);
        cairo_fill(cr);
        double ly = y + 12;
        for (int i = 0; i < doc.highlights.size(); ++i) {
            TextBox box(cr, family, doc.highlights.at(i), 12, false, kContentWidth - 40);
            box.draw(cr, kMarginX + 20, ly, kInk);
            ly += heights.at(i) + 8;
        }
    }

    if (!doc.footnote.isEmpty()) {
        TextBox note(cr, family, doc.footnote, kSmallSize + 0.5, false, kContentWidth);
        note.draw(cr, kMarginX, kBottom - note.height(), kMuted);
    }
}

void drawFrame(cairo_t* cr, const KpiDocument& doc, int index, int count)
{
    const QString& family = doc.fontFamily;
    if (index > 0) {
        TextBox header(cr, family, doc.runningHeader, kSmallSize, false, kContentWidth);
        header.draw(cr, kMarginX, kHeaderY, kMuted);
        setColour(cr, kRule);
        cairo_set_line_width(cr, 0.6);
        cairo_move_to(cr, kMarginX, kHeaderY + header.height() + 4);
        cairo_line_to(cr, KpiPageRenderer::kPageWidth - kMarginX, kHeaderY + header.height() + 4);
        cairo_stroke(cr);
    }
    const QString footer = QString(doc.pageOfPages).arg(index + 1).arg(count);
    TextBox page(cr, family, footer, kSmallSize, false, kContentWidth, PANGO_ALIGN_CENTER);
    page.draw(cr, kMarginX, kFooterY, kMuted);
}

void drawTableSlice(cairo_t* cr, const QString& family, const KpiDocTable& table, const QList<double>& rowHeights,
                    double y, int firstRow, int endRow)
{
    const QList<double> widths = columnWidths(table);
    auto alignOf = [&table](int c) {
        return c < table.rightAligned.size() && table.rightAligned.at(c) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    };
    // The header.
    setColour(cr, kHeaderFill);
    cairo_rectangle(cr, kMarginX, y, kContentWidth, rowHeights.at(0));
    cairo_fill(cr);
    double x = kMarginX;
    for (int c = 0; c < table.headers.size(); ++c) {
        TextBox box(cr, family, table.headers.at(c), kTableSize, true, widths.at(c) - 2 * kCellPadX, alignOf(c));
        box.draw(cr, x + kCellPadX, y + kCellPadY, kAccent);
        x += widths.at(c);
    }
    y += rowHeights.at(0);
    setColour(cr, kAccent);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, kMarginX, y);
    cairo_line_to(cr, kMarginX + kContentWidth, y);
    cairo_stroke(cr);

    for (int r = firstRow; r < endRow; ++r) {
        const double h = rowHeights.at(r + 1);
        if ((r - firstRow) % 2 == 1) {
            setColour(cr, kStripe);
            cairo_rectangle(cr, kMarginX, y, kContentWidth, h);
            cairo_fill(cr);
        }
        x = kMarginX;
        const QList<KpiDocCell>& cells = table.rows.at(r);
        for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
            const KpiDocCell& cell = cells.at(c);
            TextBox box(cr, family, cell.text, kTableSize,
                        cell.tone == KpiTone::Strong || cell.tone == KpiTone::Good || cell.tone == KpiTone::Bad,
                        widths.at(c) - 2 * kCellPadX, alignOf(c));
            box.draw(cr, x + kCellPadX, y + kCellPadY, toneColour(cell.tone));
            x += widths.at(c);
        }
        y += h;
        setColour(cr, kRule);
        cairo_set_line_width(cr, 0.4);
        cairo_move_to(cr, kMarginX, y);
        cairo_line_to(cr, kMarginX + kContentWidth, y);
        cairo_stroke(cr);
    }
}

QString formatValue(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void drawChart(cairo_t* cr, const QString& family, const KpiDocChart& chart, double top)
{
    TextBox title(cr, family, chart.title, kBodySize + 1, true, kContentWidth);
    title.draw(cr, kMarginX, top, kInk);
    double y = top + title.height() + 6;

    // The legend on one line.
    double lx = kMarginX;
    for (int s = 0; s < chart.series.size(); ++s) {
        const Rgb colour = kSeriesColours[s % std::size(kSeriesColours)];
        setColour(cr, colour);
        cairo_rectangle(cr, lx, y + 2, 9, 9);
        cairo_fill(cr);
        TextBox name(cr, family, chart.series.at(s).name, kSmallSize + 0.5, false, 0);
        name.draw(cr, lx + 13, y, kInk);
        lx += 13 + name.width() + 18;
    }
    if (chart.targetLine) {
        setColour(cr, kBad);
        const double dash[] = {3, 2};
        cairo_set_dash(cr, dash, 2, 0);
        cairo_set_line_width(cr, 1);
        cairo_move_to(cr, lx, y + 6.5);
        cairo_line_to(cr, lx + 16, y + 6.5);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        TextBox name(cr, family, chart.targetLabel, kSmallSize + 0.5, false, 0);
        name.draw(cr, lx + 20, y, kInk);
    }
    y += 20;

    const double axisWidth = 28;
    const double plotLeft = kMarginX + axisWidth;
    const double plotWidth = kContentWidth - axisWidth;
    const double labelsHeight = 30;
    const double plotTop = y + 10;
    const double plotBottom = top + kChartHeight - labelsHeight;
    const double plotHeight = plotBottom - plotTop;

    double maximum = chart.maximum.value_or(0);
    if (!chart.maximum) {
        // Four round steps (1, 2, 2.5 or 5 times a power of ten) above the largest value.
        double largest = 0;
        for (const KpiDocSeries& series : chart.series)
            for (const auto& v : series.values)
                if (v)
                    largest = std::max(largest, *v);
        const double raw = std::max(largest * 1.08, 1.0) / 4;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        double step = 10 * magnitude;
        for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        maximum = 4 * step;
    }

    // Grid lines and their values.
    for (int i = 0; i <= 4; ++i) {
        const double value = maximum * i / 4;
        const double gy = plotBottom - plotHeight * i / 4;
        setColour(cr, i == 0 ? kMuted : kRule);
        cairo_set_line_width(cr, i == 0 ? 0.8 : 0.4);
        cairo_move_to(cr, plotLeft, gy);
        cairo_line_to(cr, plotLeft + plotWidth, gy);
        cairo_stroke(cr);
        TextBox label(cr, family, formatValue(value, std::floor(value) == value ? 0 : 1), kSmallSize, false,
                      axisWidth - 4, PANGO_ALIGN_RIGHT);
        label.draw(cr, kMarginX, gy - label.height() / 2, kMuted);
    }

    const int groups = static_cast<int>(chart.categories.size());
    const int seriesCount = std::max(1, static_cast<int>(chart.series.size()));
    if (groups == 0)
        return;
    const double groupWidth = plotWidth / groups;
    const double barWidth = std::min(26.0, groupWidth * 0.7 / seriesCount);
    for (int g = 0; g < groups; ++g) {
        const double groupLeft = plotLeft + g * groupWidth + (groupWidth - barWidth * seriesCount) / 2;
        for (int s = 0; s < chart.series.size(); ++s) {
            const KpiDocSeries& series = chart.series.at(s);
            const std::optional<double> v = g < series.values.size() ? series.values.at(g) : std::nullopt;
            const double bx = groupLeft + s * barWidth;
            QString text = chart.emptyMark;
            double labelY = plotBottom - 12;
            if (v) {
                const double h = plotHeight * std::clamp(*v / maximum, 0.0, 1.0);
                setColour(cr, kSeriesColours[s % std::size(kSeriesColours)]);
                cairo_rectangle(cr, bx + 1, plotBottom - h, barWidth - 2, h);
                cairo_fill(cr);
                text = formatValue(*v, chart.decimals);
                labelY = plotBottom - h - 11;
            }
            TextBox label(cr, family, text, 6, false, barWidth + 8, PANGO_ALIGN_CENTER);
            label.draw(cr, bx - 4, labelY, v ? kInk : kMuted);
        }
        TextBox name(cr, family, chart.categories.at(g), kSmallSize, false, groupWidth - 2, PANGO_ALIGN_CENTER);
        name.draw(cr, plotLeft + g * groupWidth + 1, plotBottom + 4, kInk);
    }

    if (chart.targetLine) {
        const double ty = plotBottom - plotHeight * std::clamp(*chart.targetLine / maximum, 0.0, 1.0);
        setColour(cr, kBad);
        const double dash[] = {4, 3};
        cairo_set_dash(cr, dash, 2, 0);
        cairo_set_line_width(cr, 1);
        cairo_move_to(cr, plotLeft, ty);
        cairo_line_to(cr, plotLeft + plotWidth, ty);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
    }
}

} // namespace

void KpiPageRenderer::paint(cairo_t* cr, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, kPageWidth, kPageHeight);
    cairo_fill(cr);
    if (index == 0)
        drawTitlePage(cr, m_document);
    drawFrame(cr, m_document, index, pageCount());

    const QString& family = m_document.fontFamily;
    for (const Layout::Piece& piece : m_layout->pages.at(index)) {
        const KpiDocBlock& block = m_document.blocks.at(piece.block);
        switch (block.kind) {
        case KpiDocBlock::Kind::Heading: {
            TextBox box(cr, family, block.text, kHeadingSize, true, kContentWidth);
            box.draw(cr, kMarginX, piece.y, kAccent);
            setColour(cr, kAccent);
            cairo_set_line_width(cr, 1.2);
            cairo_move_to(cr, kMarginX, piece.y + box.height() + 3);
            cairo_line_to(cr, kMarginX + kContentWidth, piece.y + box.height() + 3);
            cairo_stroke(cr);
            break;
        }
        case KpiDocBlock::Kind::Subheading: {
            TextBox box(cr, family, block.text, kSubheadingSize, true, kContentWidth);
            box.draw(cr, kMarginX, piece.y, kInk);
            break;
        }
        case KpiDocBlock::Kind::Paragraph: {
            TextBox box(cr, family, block.text, kBodySize, false, kContentWidth);
            box.draw(cr, kMarginX, piece.y, kInk);
            break;
        }
        case KpiDocBlock::Kind::Table:
            drawTableSlice(cr, family, block.table, m_layout->rowHeights.at(piece.block), piece.y, piece.firstRow,
                           piece.endRow);
            break;
        case KpiDocBlock::Kind::Chart:
            drawChart(cr, family, block.chart, piece.y);
            break;
        case KpiDocBlock::Kind::PageBreak:
            break;
        }
    }
    cairo_restore(cr);
}

Result<QByteArray> KpiPageRenderer::pdf() const
{
    QByteArray bytes;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &bytes, kPageWidth, kPageHeight);
    const QByteArray title = (m_document.title + QStringLiteral(" ") + m_document.monthLabel).toUtf8();
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, m_document.product.toUtf8().constData());
    cairo_t* cr = cairo_create(surface);
    for (int page = 0; page < pageCount(); ++page) {
        paint(cr, page);
        cairo_show_page(cr);
    }
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    const cairo_status_t status = drawn != CAIRO_STATUS_SUCCESS ? drawn : finished;
    if (status != CAIRO_STATUS_SUCCESS)
        return Error::internal(
            Text::tr("the PDF could not be drawn: %1").arg(QString::fromUtf8(cairo_status_to_string(status))));
    return bytes;
}

} // namespace ingot
