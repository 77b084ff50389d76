// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetype.h"
#include "settings/printcolours.h"

#include <QObject>
#include <QPointF>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace scalelab {

class CanvasInteraction;
class NodePalette;
struct Topology;
class TopologyDocument;
class TopologyScene;
class TopologyView;

/// The editing commands of the canvas, as actions for the window's menus: cut, copy, paste,
/// duplicate, delete, select all, arrange; zoom, fit and snap; export as PNG or SVG; the
/// menu of the empty canvas; nudging with the arrow keys; nodes added from the palette.
/// Each edit is one call to the document (one undo step); the mouse's part is in
/// CanvasInteraction, which it owns.
class CanvasEditor : public QObject
{
    Q_OBJECT

public:
    /// `window` parents the dialogs and holds the actions' shortcuts.
    CanvasEditor(TopologyDocument *document, TopologyScene *scene, TopologyView *view, QWidget *window);

    CanvasInteraction *interaction() const { return m_interaction; }
    /// Cut, copy, paste, duplicate, delete, select all, then arrange (separators between).
    QList<QAction *> editActions() const;
    /// Zoom in, zoom out, fit, then snap to grid.
    QList<QAction *> viewActions() const;
    /// Export as PNG, as SVG.
    QList<QAction *> exportActions() const;
    QAction *deleteAction() const { return m_delete; }
    QAction *snapAction() const { return m_snap; }
    /// Connects a palette: activating a type adds it in the middle of the view.
    void attachPalette(NodePalette *palette);

    // The commands themselves, callable without their actions (tests, menus).
    /// Adds a node of `type` at `scenePos` (snapped), selects it; returns its id.
    QString addNode(NodeType type, const QPointF &scenePos);
    /// ... in the middle of the view, below whatever already sits there.
    QString addNodeInView(NodeType type);
    void copy();
    void cut();
    /// Pastes the clipboard a little below and right of where it was copied (further on
    /// each paste); returns and selects the new ids.
    QStringList paste();
    /// Pastes the clipboard centred on `scenePos`.
    QStringList pasteAt(const QPointF &scenePos);
    QStringList duplicate();
    void deleteSelection();
    void arrange();
    /// Moves the selected nodes by (dx, dy) grid steps; successive nudges are one undo step.
    void nudge(int dx, int dy);
    /// The canvas as a picture (CanvasExport), in the screen's colours or light ones for print.
    bool exportPng(const QString &fileName, QString *error = nullptr, ExportColours colours = ExportColours::Screen);
    bool exportSvg(const QString &fileName, QString *error = nullptr, ExportColours colours = ExportColours::Screen);

public slots:
    /// The menu of the empty canvas at `scenePos`: add a node there, paste there, select
    /// all, arrange.
    void showCanvasMenu(const QPointF &scenePos, const QPoint &screenPos);

signals:
    /// A line for the status bar.
    void message(const QString &text);

private:
    void createActions();
    void updateActions();
    QStringList pasteFragment(const Topology &fragment, const QPointF &offset);
    void exportWithDialog(bool svg);
    QMenu *addNodeMenu(QWidget *parent, const QPointF &scenePos);

    TopologyDocument *m_document = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyView *m_view = nullptr;
    QWidget *m_window = nullptr;
    CanvasInteraction *m_interaction = nullptr;

    QByteArray m_lastPasted;   ///< the clipboard bytes pasted last, to shift repeated pastes
    int m_pasteCount = 0;

    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_arrange = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_snap = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QList<QAction *> m_separators;
};

} // namespace scalelab
