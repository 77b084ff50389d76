// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/printcolours.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace scalelab {

class TopologyScene;

/// The canvas as a picture for slides and handouts: a PNG at twice the canvas's size (sharp
/// on a projector and in print) or a scalable SVG. What is drawn is the topology with its
/// current state, without the grid, the selection or the link being drawn. `colours`: the
/// screen's theme, or light colours for print (see PrintColours).
class CanvasExport
{
    Q_DECLARE_TR_FUNCTIONS(CanvasExport)

public:
    /// Pixels per canvas unit in a PNG.
    static constexpr qreal kPngScale = 2.0;

    /// The size in pixels image() makes for `scene` at `scale`.
    static QSize imageSize(const TopologyScene *scene, qreal scale = kPngScale);
    static QImage image(TopologyScene *scene, qreal scale = kPngScale, ExportColours colours = ExportColours::Screen);
    /// Writes the file atomically; false with the reason in `error`.
    static bool savePng(TopologyScene *scene, const QString &fileName, QString *error = nullptr,
                        ExportColours colours = ExportColours::Screen);
    /// `title` goes in the SVG's <title> (the topology's name).
    static bool saveSvg(TopologyScene *scene, const QString &fileName, const QString &title,
                        QString *error = nullptr, ExportColours colours = ExportColours::Screen);
};

} // namespace scalelab
