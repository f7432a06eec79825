#pragma once

#include <QByteArray>

namespace ingot {

class KpiPageRenderer;

// One page drawn into pixels for the desk's preview: 32-bit premultiplied ARGB in native byte
// order, which is both cairo's ARGB32 and QImage::Format_ARGB32_Premultiplied, so the window wraps
// the bytes without converting them (and this layer needs no QtGui).
struct KpiPageImage {
    int width = 0;
    int height = 0;
    int stride = 0; // bytes per line
    QByteArray pixels;

    bool isNull() const { return pixels.isEmpty(); }

    // Page `index` of `renderer` at `dpi` (72 = one pixel per point). Null for a page that is not there.
    static KpiPageImage render(const KpiPageRenderer& renderer, int index, double dpi);
};

} // namespace ingot
