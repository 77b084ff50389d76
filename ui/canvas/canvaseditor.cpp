// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaseditor.h"

#include "canvas/canvasclipboard.h"
#include "canvas/canvasexport.h"
#include "canvas/canvasinteraction.h"
#include "canvas/layeredlayout.h"
#include "canvas/nodeitem.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "settings/exportfiledialog.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

namespace {

constexpr qreal kPasteStep = 2.0 * TopologyScene::kGridStep;   // per paste, both ways
constexpr qreal kFreeNudge = 5.0;                               // layout units when not snapping
constexpr int kMaxPlacementTries = 40;
const char kSnapSetting[] = "canvas/snapToGrid";

QPointF toPoint(LayoutPoint p)
{
    return QPointF(p.x, p.y);
}

} // namespace

CanvasEditor::CanvasEditor(TopologyDocument *document, TopologyScene *scene, TopologyView *view, QWidget *window)
    : QObject(window), m_document(document), m_scene(scene), m_view(view), m_window(window),
      m_interaction(new CanvasInteraction(document, scene, this))
{
    createActions();
    connect(m_interaction, &CanvasInteraction::message, this, &CanvasEditor::message);
    connect(m_view, &TopologyView::nudgeRequested, this, &CanvasEditor::nudge);
    connect(m_scene, &TopologyScene::canvasContextMenuRequested, this, &CanvasEditor::showCanvasMenu);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasEditor::updateActions);
    connect(m_scene, &TopologyScene::rebuilt, this, &CanvasEditor::updateActions);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &CanvasEditor::updateActions);
    updateActions();
}

void CanvasEditor::createActions()
{
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        // Standard keys repeat a listed one on some platforms; twice is "ambiguous" to Qt.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys) {
            if (!unique.contains(key))
                unique.append(key);
        }
        action->setShortcuts(unique);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_window->addAction(action);
        return action;
    };
    m_cut = make(tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut), tr("Copy the selected nodes and delete them"),
                 [this] { cut(); });
    m_copy = make(tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy),
                  tr("Copy the selected nodes, their links and settings"), [this] { copy(); });
    m_paste = make(tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
                   tr("Add the copied nodes; ids already taken are renumbered"), [this] { paste(); });
    m_duplicate = make(tr("D&uplicate"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                       tr("Copy and paste the selected nodes in one go"), [this] { duplicate(); });
    m_delete = make(tr("&Delete"), QKeySequence::keyBindings(QKeySequence::Delete) << QKeySequence(Qt::Key_Backspace), tr("Delete the selected nodes and links"), [this] { deleteSelection(); });
    m_selectAll = make(tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll),
                       tr("Select every node and link"), [this] { m_scene->selectAll(); });
    m_arrange = make(tr("A&rrange Automatically"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                     tr("Lay the nodes out in columns from the clients to the storage"), [this] { arrange(); });

    m_zoomIn = make(tr("Zoom &In"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn)},
                    tr("Zoom in (Ctrl+wheel or pinch also zoom)"), [this] { m_view->zoomIn(); });
    m_zoomOut = make(tr("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut)},
                     tr("Zoom out"), [this] { m_view->zoomOut(); });
    m_fit = make(tr("&Fit to Window"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, tr("Show the whole topology"),
                 [this] { m_view->fitScene(); });
    m_snap = make(tr("&Snap to Grid"), {}, tr("Nodes land on a %1-unit grid when moved or added")
                                               .arg(TopologyScene::kGridStep),
                  [this](bool on) {
                      m_scene->setSnapToGrid(on);
                      QSettings().setValue(QLatin1String(kSnapSetting), on);
                  });
    m_snap->setCheckable(true);
    m_snap->setChecked(QSettings().value(QLatin1String(kSnapSetting), true).toBool());
    m_scene->setSnapToGrid(m_snap->isChecked());

    m_exportPng = make(tr("Canvas as &PNG Image..."), {}, tr("Save a picture of the canvas at twice its size"),
                       [this] { exportWithDialog(false); });
    m_exportSvg = make(tr("Canvas as &SVG Drawing..."), {}, tr("Save the canvas as a drawing that scales to any size"),
                       [this] { exportWithDialog(true); });

    for (int i = 0; i < 2; ++i) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        m_separators.append(separator);
    }
}

QList<QAction *> CanvasEditor::editActions() const
{
    return {m_cut, m_copy, m_paste, m_duplicate, m_delete, m_separators[0], m_selectAll, m_arrange};
}

QList<QAction *> CanvasEditor::viewActions() const
{
    return {m_zoomIn, m_zoomOut, m_fit, m_separators[1], m_snap};
}

QList<QAction *> CanvasEditor::exportActions() const
{
    return {m_exportPng, m_exportSvg};
}

void CanvasEditor::attachPalette(NodePalette *palette)
{
    connect(palette, &NodePalette::nodeTypeActivated, this, [this](NodeType type) { addNodeInView(type); });
}

void CanvasEditor::updateActions()
{
    const bool nodes = !m_scene->selectedNodeIds().isEmpty();
    const bool anything = nodes || !m_scene->selectedLinks().isEmpty();
    m_cut->setEnabled(nodes);
    m_copy->setEnabled(nodes);
    m_duplicate->setEnabled(nodes);
    m_delete->setEnabled(anything);
    m_paste->setEnabled(CanvasClipboard::hasFragment());
    m_selectAll->setEnabled(m_scene->nodeItemCount() > 0);
    m_arrange->setEnabled(m_scene->nodeItemCount() > 0);
}

QString CanvasEditor::addNode(NodeType type, const QPointF &scenePos)
{
    const QString id = m_document->addNode(type, m_scene->toLayout(m_scene->snapped(scenePos)));
    m_scene->selectNodes({id});
    m_view->setFocus();
    return id;
}

QString CanvasEditor::addNodeInView(NodeType type)
{
    // Below the cards already in the middle, so that a second click does not hide the first.
    const qreal grid = TopologyScene::kGridStep * m_scene->layoutScale();
    const qreal step = std::ceil((NodeItem::kHeight + 12.0) / grid) * grid;
    QPointF at = m_scene->snapped(m_view->visibleCenter());
    for (int i = 0; i < kMaxPlacementTries; ++i) {
        bool taken = false;
        for (int n = 0; n < m_scene->nodeItemCount() && !taken; ++n) {
            const QPointF d = m_scene->nodeItem(n)->pos() - at;
            taken = std::abs(d.x()) < NodeItem::kWidth && std::abs(d.y()) < NodeItem::kHeight;
        }
        if (!taken)
            break;
        at.ry() += step;
    }
    const QString id = addNode(type, at);
    m_view->ensureVisible(m_scene->nodeItem(id));
    emit message(tr("Added %1: drag from its arrow handle to another node to link them").arg(id));
    return id;
}

void CanvasEditor::copy()
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the nodes to copy first"));
        return;
    }
    Topology fragment = TopologyDocument::fragment(m_document->topology(), ids);
    // Nodes the file does not place are where the canvas shows them.
    for (const QString &id : ids) {
        if (!fragment.layout.contains(id))
            fragment.layout.insert(id, m_scene->toLayout(m_scene->nodeItem(id)->pos()));
    }
    QMimeData *mime = CanvasClipboard::mimeData(fragment);
    m_lastPasted = mime->data(CanvasClipboard::mimeType());
    m_pasteCount = 0;
    QGuiApplication::clipboard()->setMimeData(mime);
    emit message(tr("Copied %n nodes", nullptr, static_cast<int>(ids.size())));
}

void CanvasEditor::cut()
{
    if (m_scene->selectedNodeIds().isEmpty())
        return;
    copy();
    // Its own undo text: "Undo Delete web3" after a cut reads as if the copy were gone too.
    m_document->removeItems(m_scene->selectedNodeIds(), m_scene->selectedLinks(), TopologyDocument::Removal::Cut);
}

QStringList CanvasEditor::paste()
{
    QString error;
    const std::optional<Topology> fragment = CanvasClipboard::take(&error);
    if (!fragment) {
        emit message(tr("Nothing to paste: %1").arg(error));
        return {};
    }
    // Each paste of the same nodes lands a step further, never on the one before.
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const QByteArray bytes = mime ? mime->data(CanvasClipboard::mimeType()) : QByteArray();
    m_pasteCount = (bytes == m_lastPasted) ? m_pasteCount + 1 : 1;
    m_lastPasted = bytes;
    return pasteFragment(*fragment, QPointF(kPasteStep, kPasteStep) * m_pasteCount);
}

QStringList CanvasEditor::pasteAt(const QPointF &scenePos)
{
    QString error;
    const std::optional<Topology> fragment = CanvasClipboard::take(&error);
    if (!fragment) {
        emit message(tr("Nothing to paste: %1").arg(error));
        return {};
    }
    if (fragment->nodes.isEmpty())
        return pasteFragment(*fragment, QPointF());
    // The middle of the nodes' positions (not of a QRectF: an empty one is "null").
    qreal left = std::numeric_limits<qreal>::max();
    qreal top = left;
    qreal right = std::numeric_limits<qreal>::lowest();
    qreal bottom = right;
    for (const NodeSpec &node : fragment->nodes) {
        const QPointF p = toPoint(fragment->layout.value(node.id));
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    // ... on the grid point nearest the click.
    const QPointF target = toPoint(m_scene->toLayout(m_scene->snapped(scenePos)));
    QPointF offset = target - QPointF((left + right) / 2.0, (top + bottom) / 2.0);
    if (m_scene->snapsToGrid()) {
        offset = QPointF(std::round(offset.x() / TopologyScene::kGridStep) * TopologyScene::kGridStep,
                         std::round(offset.y() / TopologyScene::kGridStep) * TopologyScene::kGridStep);
    }
    return pasteFragment(*fragment, offset);
}

QStringList CanvasEditor::duplicate()
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the nodes to duplicate first"));
        return {};
    }
    Topology fragment = TopologyDocument::fragment(m_document->topology(), ids);
    for (const QString &id : ids) {
        if (!fragment.layout.contains(id))
            fragment.layout.insert(id, m_scene->toLayout(m_scene->nodeItem(id)->pos()));
    }
    return pasteFragment(fragment, QPointF(kPasteStep, kPasteStep));
}

QStringList CanvasEditor::pasteFragment(const Topology &fragment, const QPointF &offset)
{
    const QStringList ids = m_document->paste(fragment, LayoutPoint{offset.x(), offset.y()});
    if (ids.isEmpty()) {
        emit message(tr("Nothing to paste: the copied part has no nodes"));
        return ids;
    }
    m_scene->selectNodes(ids);
    m_view->setFocus();
    QStringList renamed;
    for (int i = 0; i < ids.size() && i < fragment.nodes.size(); ++i) {
        if (ids[i] != fragment.nodes[i].id)
            renamed << tr("%1 as %2").arg(fragment.nodes[i].id, ids[i]);
    }
    emit message(renamed.isEmpty() ? tr("Pasted %n nodes", nullptr, static_cast<int>(ids.size()))
                                   : tr("Pasted %1").arg(renamed.join(QStringLiteral(", "))));
    return ids;
}

void CanvasEditor::deleteSelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    const QList<QPair<QString, QString>> links = m_scene->selectedLinks();
    if (nodes.isEmpty() && links.isEmpty()) {
        emit message(tr("Select the nodes or links to delete first"));
        return;
    }
    m_document->removeItems(nodes, links);
}

void CanvasEditor::arrange()
{
    const QMap<QString, QPointF> layered = LayeredLayout::layered(m_document->topology());
    QMap<QString, LayoutPoint> positions;
    for (auto it = layered.cbegin(); it != layered.cend(); ++it)
        positions.insert(it.key(), m_scene->toLayout(m_scene->snapped(it.value())));
    m_document->arrange(positions);
    m_view->fitScene();
}

void CanvasEditor::nudge(int dx, int dy)
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const qreal step = (m_scene->snapsToGrid() ? TopologyScene::kGridStep : kFreeNudge) * m_scene->layoutScale();
    // The first node lands on the grid; the others keep their places around it.
    const QPointF anchor = m_scene->nodeItem(ids.first())->pos();
    const QPointF offset = m_scene->snapped(anchor + QPointF(dx, dy) * step) - anchor;
    if (offset.isNull())
        return;
    QMap<QString, LayoutPoint> positions;
    for (const QString &id : ids)
        positions.insert(id, m_scene->toLayout(m_scene->nodeItem(id)->pos() + offset));
    m_document->moveNodes(positions, /*mergeable=*/true);
}

bool CanvasEditor::exportPng(const QString &fileName, QString *error, ExportColours colours)
{
    return CanvasExport::savePng(m_scene, fileName, error, colours);
}

bool CanvasEditor::exportSvg(const QString &fileName, QString *error, ExportColours colours)
{
    return CanvasExport::saveSvg(m_scene, fileName, m_document->topology().name, error, colours);
}

void CanvasEditor::exportWithDialog(bool svg)
{
    const QString documentFile = m_document->fileName();
    QString base = documentFile.isEmpty() || documentFile.startsWith(QLatin1Char(':'))
                       ? QStringLiteral("topology")
                       : QFileInfo(documentFile).fileName().section(QLatin1Char('.'), 0, 0);
    const QString directory = documentFile.isEmpty() || documentFile.startsWith(QLatin1Char(':'))
                                  ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                                  : QFileInfo(documentFile).absolutePath();
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    ExportColours colours = ExportColours::Screen;
    const QString fileName = ExportFileDialog::saveFileName(
        m_window, svg ? tr("Export Canvas as SVG") : tr("Export Canvas as PNG"), directory + QLatin1Char('/') + base + suffix,
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"), &colours);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!(svg ? exportSvg(fileName, &error, colours) : exportPng(fileName, &error, colours))) {
        QMessageBox::warning(m_window, tr("Cannot export the canvas"), error);
        return;
    }
    emit message(tr("Exported the canvas to %1").arg(fileName));
}

QMenu *CanvasEditor::addNodeMenu(QWidget *parent, const QPointF &scenePos)
{
    auto *menu = new QMenu(tr("Add &Node Here"), parent);
    for (int t = 0; t <= static_cast<int>(NodeType::Dns); ++t) {
        const auto type = static_cast<NodeType>(t);
        QAction *action = menu->addAction(NodePalette::icon(type), NodePalette::displayName(type), this,
                                          [this, type, scenePos] { addNode(type, scenePos); });
        action->setToolTip(NodePalette::description(type));
    }
    return menu;
}

void CanvasEditor::showCanvasMenu(const QPointF &scenePos, const QPoint &screenPos)
{
    QMenu menu(m_window);
    menu.addMenu(addNodeMenu(&menu, scenePos));
    QAction *pasteHere = menu.addAction(tr("Paste &Here"), this, [this, scenePos] { pasteAt(scenePos); });
    pasteHere->setEnabled(CanvasClipboard::hasFragment());
    menu.addSeparator();
    menu.addAction(m_selectAll);
    menu.addAction(m_arrange);
    menu.addAction(m_fit);
    menu.exec(screenPos);
}

} // namespace scalelab
