// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QGestureEvent;

namespace scalelab {

class TopologyScene;

/// The canvas's window on the scene: an endless sheet, fitted to the topology when a file
/// opens (never blown up beyond kMaxZoom, so that a two-node topology does not fill a
/// projector with one giant icon) and refitted on resize until the user zooms or pans.
///
/// Zoom: Ctrl+wheel, pinch, Ctrl+= / Ctrl+- (Ctrl+0 fits). Pan: the wheel (Shift+wheel
/// sideways), a drag with the middle button, or the scroll bars. Drag on the empty canvas
/// draws a rubber band. Arrow keys ask to nudge the selected nodes (nudgeRequested).
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kMaxZoom = 1.6;   ///< when fitting
    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxUserZoom = 4.0;

    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    /// True while the view refits itself on resize (until the user zooms or pans).
    bool isFitting() const { return m_fitting; }
    /// Scales by `factor` about `viewportPoint` (the pointer), within the zoom limits.
    void zoomBy(qreal factor, const QPointF &viewportPoint);
    /// Scales by `factor` about the middle of the view.
    void zoomBy(qreal factor);
    /// Moves the view by `pixels`, as a drag of the sheet would (content follows the hand).
    void panBy(const QPointF &pixels);
    /// The middle of what the view shows, in scene coordinates.
    QPointF visibleCenter() const;

public slots:
    /// Scales the topology to fit the viewport, keeping its aspect ratio.
    void fitScene();
    void zoomIn();
    void zoomOut();

signals:
    /// An arrow key with nodes selected: move them by (dx, dy) grid steps.
    void nudgeRequested(int dx, int dy);
    /// A file from the desktop was dropped on the canvas.
    void fileDropped(const QString &fileName);
    void zoomChanged(qreal zoom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    bool gesture(QGestureEvent *event);
    TopologyScene *topologyScene() const;

    bool m_fitting = true;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace scalelab
