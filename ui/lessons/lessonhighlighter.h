// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasitemtypes.h"

#include <QGraphicsObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace scalelab {

class LessonSession;
class TopologyScene;

/// A soft amber halo behind a node a lesson step is about.
class HighlightHalo : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = CanvasItemType::LessonHalo };

    HighlightHalo(const QRectF &around, QGraphicsItem *parent = nullptr);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_around;
};

/// Puts a halo behind each node the current lesson step highlights, and again after every
/// rebuild of the canvas (an edit, an undo, the next step).
class LessonHighlighter : public QObject
{
    Q_OBJECT

public:
    LessonHighlighter(LessonSession *session, TopologyScene *scene, QObject *parent = nullptr);

    QStringList highlighted() const { return m_ids; }
    int haloCount() const;

private:
    void refresh();

    LessonSession *m_session;
    TopologyScene *m_scene;
    QStringList m_ids;
    QList<QPointer<HighlightHalo>> m_halos;
};

} // namespace scalelab
