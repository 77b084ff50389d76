// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasclipboard.h"

#include "io/topologyreader.h"
#include "io/topologywriter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace scalelab {

namespace {
// Only text that looks like a topology file is worth parsing.
constexpr char kFormatKey[] = "\"scalelab-topology\"";
}

QString CanvasClipboard::mimeType()
{
    return QStringLiteral("application/x-scalelab-fragment+json");
}

QMimeData *CanvasClipboard::mimeData(const Topology &fragment)
{
    const QByteArray bytes = TopologyWriter::toBytes(fragment);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    mime->setText(QString::fromUtf8(bytes));
    return mime;
}

void CanvasClipboard::put(const Topology &fragment)
{
    QGuiApplication::clipboard()->setMimeData(mimeData(fragment));
}

std::optional<Topology> CanvasClipboard::fragmentFrom(const QMimeData *mime, QString *error)
{
    if (!mime) {
        if (error)
            *error = tr("the clipboard is empty");
        return std::nullopt;
    }
    QByteArray bytes = mime->data(mimeType());
    if (bytes.isEmpty() && mime->hasText() && mime->text().contains(QLatin1String(kFormatKey)))
        bytes = mime->text().toUtf8();
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("the clipboard holds no ScaleLab nodes");
        return std::nullopt;
    }
    // A fragment need not run on its own (no clients, a balancer without servers).
    TopologyReader reader;
    reader.setCheckGraph(false);
    std::optional<Topology> fragment = reader.readBytes(bytes);
    if (!fragment && error)
        *error = reader.errorText();
    return fragment;
}

std::optional<Topology> CanvasClipboard::take(QString *error)
{
    return fragmentFrom(QGuiApplication::clipboard()->mimeData(), error);
}

bool CanvasClipboard::hasFragment()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime
           && (mime->hasFormat(mimeType()) || (mime->hasText() && mime->text().contains(QLatin1String(kFormatKey))));
}

} // namespace scalelab
