#include "app/reportdoc/KpiPageImage.h"

#include "app/reportdoc/KpiPageRenderer.h"

#include <cairo.h>
#include <cmath>
#include <cstring>

namespace ingot {

KpiPageImage KpiPageImage::render(const KpiPageRenderer& renderer, int index, double dpi)
{
    if (index < 0 || index >= renderer.pageCount() || dpi <= 0)
        return {};
    const double scale = dpi / 72.0;
    KpiPageImage image;
    image.width = static_cast<int>(std::lround(KpiPageRenderer::kPageWidth * scale));
    image.height = static_cast<int>(std::lround(KpiPageRenderer::kPageHeight * scale));
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width, image.height);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        return {};
    }
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    renderer.paint(cr, index);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    image.stride = cairo_image_surface_get_stride(surface);
    const auto* data = reinterpret_cast<const char*>(cairo_image_surface_get_data(surface));
    image.pixels = QByteArray(data, static_cast<qsizetype>(image.stride) * image.height);
    cairo_surface_destroy(surface);
    return image;
}

} // namespace ingot
