// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace scalelab {

/// `text` as a QR code (libqrencode, error correction M), each module `moduleSize` pixels,
/// with the quiet zone of four modules a phone's camera needs. A null image when the text
/// cannot be encoded (too long).
QImage qrCodeImage(const QString &text, int moduleSize = 8);

} // namespace scalelab
