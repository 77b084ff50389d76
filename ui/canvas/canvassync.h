// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace scalelab {

class SimulationController;
class TopologyDocument;
class TopologyScene;
class TopologyView;

/// Keeps the canvas drawn from the document being edited and animated by the run: a new
/// document is laid out afresh and fitted into the view, an edit updates the items in place,
/// and each advance of the run repaints the cards' state.
class CanvasSync : public QObject
{
    Q_OBJECT

public:
    CanvasSync(TopologyDocument *document, SimulationController *controller, TopologyScene *scene,
               TopologyView *view);

public slots:
    /// The cards' state from the engine now.
    void syncNow();

private:
    /// `reset`: a new document (fresh layout scale, no selection); else after an edit.
    void rebuild(bool reset);

    TopologyDocument *m_document;
    SimulationController *m_controller;
    TopologyScene *m_scene;
    TopologyView *m_view;
};

} // namespace scalelab
