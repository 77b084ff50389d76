// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetype.h"

#include <QDockWidget>

class QLabel;
class QListWidget;
class QMimeData;

namespace scalelab {

/// The dock of node types to build a topology with: each with its icon, its name and a
/// one-sentence tooltip. Drag one onto the canvas to add it there; double-click it (or
/// press Enter) to add it in the middle of the view.
class NodePalette : public QDockWidget
{
    Q_OBJECT

public:
    explicit NodePalette(QWidget *parent = nullptr);

    /// The drag's MIME type; its data is the file's type name ("web_server").
    static QString mimeType();
    static QMimeData *mimeData(NodeType type);
    /// "Web server"
    static QString displayName(NodeType type);
    /// What a node of `type` does, in one sentence.
    static QString description(NodeType type);
    /// The type's SVG icon, drawn from the SVG at every size: sharp on high-density screens.
    static QIcon icon(NodeType type);

    QListWidget *list() const { return m_list; }

signals:
    /// The user picked `type` without dragging it (double click, Enter).
    void nodeTypeActivated(scalelab::NodeType type);

private:
    /// Hover, selection and hint colours from Theme::current(); the list's minimum width.
    void applyStyle();

    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace scalelab
