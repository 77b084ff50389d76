// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasinteraction.h"

#include "canvas/linkhandleitem.h"
#include "canvas/linkitem.h"
#include "canvas/linkpreviewitem.h"
#include "canvas/nodeitem.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "document/topologydocument.h"
#include "model/topologyvalidator.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QToolTip>

namespace scalelab {

namespace {

constexpr double kNewLinkLatencyMs = 1.0;   // the file format's default
constexpr qreal kLinkTolerancePx = 6.0;

// "links[7].to: \"users\" is a clients node..." -> "\"users\" is a clients node...": the
// path means something in a file, not on the canvas.
QString withoutPaths(const QString &text)
{
    static const QRegularExpression path(QStringLiteral("^links\\[\\d+\\](\\.\\w+)?: "),
                                         QRegularExpression::MultilineOption);
    return QString(text).remove(path).replace(QLatin1Char('\n'), QStringLiteral("; "));
}

} // namespace

CanvasInteraction::CanvasInteraction(TopologyDocument *document, TopologyScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_preview(new LinkPreviewItem), m_handle(new LinkHandleItem)
{
    m_scene->addOverlay(m_preview);
    m_scene->addOverlay(m_handle);
    m_scene->installEventFilter(this);
    connect(m_scene, &TopologyScene::rebuilt, this, [this] {
        // The items were made again: follow the node the handle or the link belongs to.
        placeHandle();
        if (m_mode == Mode::Link) {
            if (m_scene->nodeItem(m_linkFrom))
                dragLinkTo(m_preview->end());
            else
                cancel();
        }
    });
}

QString CanvasInteraction::linkRefusal(const TopologyDocument &document, const QString &from, const QString &to)
{
    const Topology &topology = document.topology();
    if (from == to)
        return tr("a link joins two different nodes");
    for (const LinkSpec &link : topology.links) {
        if (link.from == from && link.to == to)
            return tr("%1 is already linked to %2").arg(from, to);
    }
    // The validator's word on this one link, as TopologyDocument::addLink asks it.
    Topology after = topology;
    LinkSpec link;
    link.from = from;
    link.to = to;
    after.links.append(link);
    Diagnostics diagnostics;
    TopologyValidator(after, diagnostics).check();
    const QString path = QStringLiteral("links[%1]").arg(after.links.size() - 1);
    QStringList problems;
    for (const Diagnostic &d : diagnostics.errors()) {
        if (d.path == path || d.path.startsWith(path + QLatin1Char('.')))
            problems << d.message;
    }
    // A file may keep such a link (a warning), but nobody should draw a new one. Except a
    // cache's link to a database: a read_through or write_back cache needs it first, so it
    // is drawn before the setting that uses it (it shows as unused until then).
    const NodeSpec *fromNode = topology.node(from);
    const NodeSpec *toNode = topology.node(to);
    const bool cacheToDatabase = fromNode && toNode && fromNode->type == NodeType::Cache && toNode->type == NodeType::Database;
    if (problems.isEmpty() && !cacheToDatabase)
        problems << TopologyValidator::unusedLinkReason(after, link);
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}

bool CanvasInteraction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_scene)
        return false;
    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress:
    case QEvent::GraphicsSceneMouseDoubleClick:
        return mousePress(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseMove:
        return mouseMove(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseRelease:
        return mouseRelease(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneDragEnter:
    case QEvent::GraphicsSceneDragMove:
        return drag(static_cast<QGraphicsSceneDragDropEvent *>(event), false);
    case QEvent::GraphicsSceneDrop:
        return drag(static_cast<QGraphicsSceneDragDropEvent *>(event), true);
    case QEvent::Leave:
        if (m_mode == Mode::None)
            m_handle->attach(QString(), QPointF());
        return false;
    case QEvent::KeyPress:
        if (m_mode != Mode::None && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancel();
            event->accept();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool CanvasInteraction::mousePress(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    const qreal zoom = TopologyScene::viewZoom(event->widget());
    NodeItem *node = m_scene->nodeAt(pos);
    LinkItem *link = node ? nullptr : m_scene->linkAt(pos, kLinkTolerancePx / zoom);
    if (event->button() == Qt::RightButton) {
        // The context menu follows; keep a multiple selection it may act on.
        event->setAccepted(node || link);
        return node || link;
    }
    if (event->button() != Qt::LeftButton)
        return false;

    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier);
    if (m_handle->hits(pos, zoom) && m_scene->nodeItem(m_handle->node())) {
        beginLink(m_handle->node(), pos);
    } else if (node && (event->modifiers() & Qt::ShiftModifier)) {
        beginLink(node->id(), pos);
    } else if (node) {
        if (toggle) {
            node->setSelected(!node->isSelected());
        } else if (!node->isSelected()) {
            m_scene->clearSelection();
            node->setSelected(true);
        }
        if (node->isSelected()) {
            m_mode = Mode::PendingMove;
            m_pressPos = pos;
            m_pressedNode = node->id();
            m_startPositions.clear();
            for (const QString &id : m_scene->selectedNodeIds())
                m_startPositions.insert(id, m_scene->nodeItem(id)->pos());
            m_offset = QPointF();
        }
    } else if (link) {
        if (toggle) {
            link->setSelected(!link->isSelected());
        } else if (!link->isSelected()) {
            m_scene->clearSelection();
            link->setSelected(true);
        }
    } else {
        return false;   // the view draws a rubber band
    }
    event->accept();
    return true;
}

bool CanvasInteraction::mouseMove(QGraphicsSceneMouseEvent *event)
{
    switch (m_mode) {
    case Mode::None:
        if (event->buttons() == Qt::NoButton)
            hover(event->scenePos(), TopologyScene::viewZoom(event->widget()));
        return false;   // hover effects and the rubber band carry on
    case Mode::PendingMove:
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength()
            < QApplication::startDragDistance())
            return true;
        m_mode = Mode::Move;
        m_handle->attach(QString(), QPointF());
        [[fallthrough]];
    case Mode::Move:
        moveSelectionBy(event->scenePos() - m_pressPos);
        return true;
    case Mode::Link:
        dragLinkTo(event->scenePos());
        return true;
    }
    return false;
}

bool CanvasInteraction::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    switch (m_mode) {
    case Mode::None:
        return false;
    case Mode::PendingMove:
        // A click on one of several selected nodes selects just that one.
        m_mode = Mode::None;
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier))) {
            if (NodeItem *node = m_scene->nodeItem(m_pressedNode); node && m_scene->selectedItems().size() > 1)
                m_scene->selectNodes({m_pressedNode});
        }
        break;
    case Mode::Move:
        finishMove();
        break;
    case Mode::Link:
        finishLink(event->scenePos());
        break;
    }
    event->accept();
    return true;
}

void CanvasInteraction::moveSelectionBy(const QPointF &delta)
{
    // The pressed card lands on the grid; the others keep their places around it.
    const QPointF anchor = m_startPositions.value(m_pressedNode);
    placeMoved(m_scene->snapped(anchor + delta) - anchor);
}

void CanvasInteraction::placeMoved(const QPointF &offset)
{
    m_offset = offset;
    for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it) {
        if (NodeItem *item = m_scene->nodeItem(it.key()))
            item->setPos(it.value() + m_offset);
    }
    for (int i = 0; i < m_scene->linkItemCount(); ++i) {
        LinkItem *link = m_scene->linkItem(i);
        if (m_startPositions.contains(link->fromNode()->id()) || m_startPositions.contains(link->toNode()->id()))
            link->adjust();
    }
    m_scene->followShardFrames();
    m_scene->update();   // selected links' halo is in the background
}

void CanvasInteraction::finishMove()
{
    m_mode = Mode::None;
    if (m_offset.isNull())
        return;
    QMap<QString, LayoutPoint> positions;
    for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it)
        positions.insert(it.key(), m_scene->toLayout(it.value() + m_offset));
    m_document->moveNodes(positions);
}

void CanvasInteraction::beginLink(const QString &from, const QPointF &scenePos)
{
    if (!m_scene->nodeItem(from))
        return;
    m_mode = Mode::Link;
    m_linkFrom = from;
    m_handle->attach(QString(), QPointF());
    m_preview->setVisible(true);
    dragLinkTo(scenePos);
}

void CanvasInteraction::dragLinkTo(const QPointF &scenePos)
{
    const NodeItem *from = m_scene->nodeItem(m_linkFrom);
    if (m_mode != Mode::Link || !from)
        return;
    const NodeItem *target = m_scene->nodeAt(scenePos);
    if (target == from)
        target = nullptr;
    if (!target) {
        m_preview->setEnds(from->anchorTowards(scenePos), scenePos);
        m_preview->setVerdict(LinkPreviewItem::Verdict::Open);
        return;
    }
    // Over a card the arrow snaps to where the link would attach.
    m_preview->setEnds(from->anchorTowards(target->scenePos()), target->anchorTowards(from->scenePos()));
    const QString refusal = linkRefusal(*m_document, from->id(), target->id());
    m_preview->setVerdict(refusal.isEmpty() ? LinkPreviewItem::Verdict::Allowed : LinkPreviewItem::Verdict::Refused,
                          refusal);
}

bool CanvasInteraction::finishLink(const QPointF &scenePos)
{
    const QString from = m_linkFrom;
    cancel();
    const NodeItem *target = m_scene->nodeAt(scenePos);
    if (!target || target->id() == from) {
        emit message(tr("To link %1, release the arrow on another node").arg(from));
        return false;
    }
    const QString to = target->id();
    // What the preview refused is refused here too: the document accepts a link no request
    // can use (older files have some), a new one is a mistake.
    QString error = linkRefusal(*m_document, from, to);
    if (!error.isEmpty() || !m_document->addLink(from, to, kNewLinkLatencyMs, &error)) {
        const QString text = tr("Cannot link %1 to %2: %3").arg(from, to, withoutPaths(error));
        emit message(text);
        QToolTip::showText(QCursor::pos(), text);
        return false;
    }
    if (LinkItem *link = m_scene->linkItem(from, to)) {
        m_scene->clearSelection();
        link->setSelected(true);
    }
    emit message(tr("Linked %1 to %2").arg(from, to));
    return true;
}

void CanvasInteraction::cancel()
{
    if (m_mode == Mode::Move) {
        // Escape in the middle of a drag: everything back where it was, nothing recorded.
        placeMoved(QPointF());
    }
    m_mode = Mode::None;
    m_linkFrom.clear();
    m_preview->setVisible(false);
    m_preview->setVerdict(LinkPreviewItem::Verdict::Open);
}

bool CanvasInteraction::drag(QGraphicsSceneDragDropEvent *event, bool drop)
{
    const QMimeData *mime = event->mimeData();
    if (!mime || !mime->hasFormat(NodePalette::mimeType()))
        return false;
    const std::optional<NodeType> type = nodeTypeFromName(QString::fromUtf8(mime->data(NodePalette::mimeType())));
    if (!type)
        return false;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (drop) {
        const QString id = m_document->addNode(*type, m_scene->toLayout(m_scene->snapped(event->scenePos())));
        m_scene->selectNodes({id});
        emit message(tr("Added %1: drag from its arrow handle to link it").arg(id));
    }
    return true;
}

void CanvasInteraction::hover(const QPointF &scenePos, qreal zoom)
{
    if (m_handle->hits(scenePos, zoom))
        return;
    const NodeItem *node = m_scene->nodeAt(scenePos);
    if (!node) {
        m_handle->attach(QString(), QPointF());
        return;
    }
    m_handle->attach(node->id(), node->scenePos() + QPointF(NodeItem::kWidth / 2.0, 0.0));
}

void CanvasInteraction::placeHandle()
{
    const NodeItem *node = m_scene->nodeItem(m_handle->node());
    m_handle->attach(node ? node->id() : QString(),
                     node ? node->scenePos() + QPointF(NodeItem::kWidth / 2.0, 0.0) : QPointF());
}

} // namespace scalelab
