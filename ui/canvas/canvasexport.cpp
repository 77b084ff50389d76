// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasexport.h"

#include "canvas/topologyscene.h"

#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace scalelab {

namespace {

// Export mode for as long as it lives, even when a write fails half-way.
class ExportMode
{
public:
    explicit ExportMode(TopologyScene *scene) : m_scene(scene) { m_scene->setExportMode(true); }
    ~ExportMode() { m_scene->setExportMode(false); }
    ExportMode(const ExportMode &) = delete;
    ExportMode &operator=(const ExportMode &) = delete;

private:
    TopologyScene *m_scene;
};

void render(TopologyScene *scene, QPainter *painter, const QRectF &target)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene->render(painter, target, scene->contentRect(), Qt::IgnoreAspectRatio);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QSize CanvasExport::imageSize(const TopologyScene *scene, qreal scale)
{
    const QRectF rect = scene->contentRect();
    return QSize(static_cast<int>(std::ceil(rect.width() * scale)), static_cast<int>(std::ceil(rect.height() * scale)));
}

QImage CanvasExport::image(TopologyScene *scene, qreal scale, ExportColours colours)
{
    QImage image(imageSize(scene, scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const PrintColours print(colours);
    const ExportMode exporting(scene);
    QPainter painter(&image);
    render(scene, &painter, QRectF(QPointF(0, 0), image.size()));
    return image;
}

bool CanvasExport::savePng(TopologyScene *scene, const QString &fileName, QString *error, ExportColours colours)
{
    const QImage picture = image(scene, kPngScale, colours);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(picture))
        return fail(error, tr("Cannot write %1: %2").arg(fileName, writer.errorString()));
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return true;
}

bool CanvasExport::saveSvg(TopologyScene *scene, const QString &fileName, const QString &title, QString *error,
                           ExportColours colours)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    const QSize size = imageSize(scene, 1.0);
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title.isEmpty() ? tr("ScaleLab topology") : title);
    generator.setDescription(tr("Drawn by ScaleLab"));
    {
        const PrintColours print(colours);
        const ExportMode exporting(scene);
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(error, tr("Cannot write %1").arg(fileName));
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        render(scene, &painter, QRectF(QPointF(0, 0), size));
    }
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return true;
}

} // namespace scalelab
