// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonhighlighter.h"

#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "lessons/lessonsession.h"

#include <QPainter>
#include <QPainterPath>

namespace scalelab {

namespace {
constexpr qreal kHaloMargin = 14.0;
}

HighlightHalo::HighlightHalo(const QRectF &around, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_around(around)
{
    setZValue(-1); // behind the cards and links
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF HighlightHalo::boundingRect() const
{
    return m_around.adjusted(-kHaloMargin, -kHaloMargin, kHaloMargin, kHaloMargin);
}

void HighlightHalo::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // Amber, with a dashed outline so it does not rely on colour alone.
    QPainterPath halo;
    halo.addRoundedRect(boundingRect().adjusted(2, 2, -2, -2), 16, 16);
    painter->fillPath(halo, QColor(255, 193, 7, 70));
    painter->setPen(QPen(QColor(230, 159, 0), 3, Qt::DashLine));
    painter->drawPath(halo);
}

LessonHighlighter::LessonHighlighter(LessonSession *session, TopologyScene *scene, QObject *parent)
    : QObject(parent), m_session(session), m_scene(scene)
{
    connect(session, &LessonSession::stepChanged, this, &LessonHighlighter::refresh);
    connect(session, &LessonSession::closed, this, &LessonHighlighter::refresh);
    connect(scene, &TopologyScene::rebuilt, this, &LessonHighlighter::refresh);
}

int LessonHighlighter::haloCount() const
{
    return static_cast<int>(std::count_if(m_halos.begin(), m_halos.end(), [](const auto &h) { return !h.isNull(); }));
}

void LessonHighlighter::refresh()
{
    for (const QPointer<HighlightHalo> &halo : std::as_const(m_halos))
        delete halo.data();
    m_halos.clear();
    m_ids = m_session->isOpen() ? m_session->step().highlight : QStringList();
    for (const QString &id : std::as_const(m_ids)) {
        NodeItem *node = m_scene->nodeItem(id);
        if (!node)
            continue;
        auto *halo = new HighlightHalo(node->sceneBoundingRect());
        m_scene->addItem(halo);
        m_halos.append(halo);
    }
}

} // namespace scalelab
