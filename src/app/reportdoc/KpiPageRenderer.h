#pragma once

#include "app/reportdoc/KpiDocument.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <memory>

using cairo_t = struct _cairo;

namespace ingot {

// Lays a KpiDocument out on A4 pages and draws them with cairo and pango: a title page, then the
// blocks flowing page after page (tables split between rows and repeat their header, charts and
// headings are never split), a running header and "page n of N" on every page. The layout is
// done once, on construction, so that the PDF and every preview image agree on what is on which
// page. One renderer belongs to one thread at a time.
class KpiPageRenderer final {
public:
    static constexpr double kPageWidth = 595.276; // A4 in points (1/72 inch)
    static constexpr double kPageHeight = 841.890;

    explicit KpiPageRenderer(KpiDocument document);
    ~KpiPageRenderer();
    KpiPageRenderer(const KpiPageRenderer&) = delete;
    KpiPageRenderer& operator=(const KpiPageRenderer&) = delete;

    const KpiDocument& document() const { return m_document; }
    int pageCount() const;

    // Draws page `index` (0-based) on `cr`, whose user unit must be one point.
    void paint(cairo_t* cr, int index) const;

    // The whole document as a PDF: fonts embedded as subsets, title and creator in its metadata.
    Result<QByteArray> pdf() const;

    struct Layout;

private:
    KpiDocument m_document;
    std::unique_ptr<Layout> m_layout;
};

} // namespace ingot
