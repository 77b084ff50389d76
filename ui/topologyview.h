#pragma once

#include <QGraphicsView>

namespace scalelab {

/// Shows the whole topology, scaled to fit the window (never blown up beyond kMaxZoom so that
/// a two-node topology does not fill a projector with one giant icon).
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kMaxZoom = 1.6;

    explicit TopologyView(QGraphicsScene *scene, QWidget *parent = nullptr);

    /// Scales the scene to fit the viewport, keeping its aspect ratio.
    void fitScene();

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace scalelab
