// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/qrcodeimage.h"

#include <qrencode.h>

#include <memory>

namespace scalelab {

QImage qrCodeImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                               &QRcode_free);
    if (!code)
        return {};
    constexpr int kQuietZone = 4;
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.fill(1);  // colour table: 0 black, 1 white (set below)
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;  // bit 0 of each byte: a dark module
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((x + kQuietZone) * moduleSize + dx, (y + kQuietZone) * moduleSize + dy, 0);
        }
    }
    return image;
}

} // namespace scalelab
