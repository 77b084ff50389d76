// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/topologydocument.h"

#include <QDockWidget>

class QGraphicsScene;
class QLabel;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace scalelab {

class InspectorAlerts;
class InspectorFacts;
class InspectorField;
class InspectorForm;
class InspectorLedger;
class InspectorShard;
class Simulation;
class SimulationController;
struct TopologyChange;

/// The "Inspector" dock: edits what is selected on the canvas — a node's settings, a link's
/// latency, or with nothing selected the topology's own (name, seed, replication, CDN). Every
/// edit goes through the document (one undoable step per field, refused values marked with
/// the reader's message); undo and redo elsewhere show here at once. Under the topology's own,
/// its alert rules, a firing one marked. Below a node's form, what
/// the running engine says about it, a few times a second: load, errors, and for a database
/// its data ledger and the writes a failover lost.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Subject { Topology, Node, Link, Several };
    /// Live facts are read at most this often while the simulation runs.
    static constexpr int kFactsIntervalMs = 250;

    InspectorDock(TopologyDocument *document, SimulationController *controller, QGraphicsScene *scene,
                  QWidget *parent = nullptr);

    Subject subject() const { return m_subject; }
    /// The node shown (Subject::Node).
    QString nodeId() const { return m_nodeId; }
    /// The link shown (Subject::Link).
    LinkEnds link() const { return m_link; }
    /// The big line at the top: a node's id, a link's ends, the topology's name.
    QString heading() const;

    InspectorForm *form() const { return m_form; }
    /// A node's id editor (null unless a node is shown).
    InspectorField *idField() const;
    InspectorFacts *facts() const { return m_facts; }
    /// A database's ledger (null unless a database is shown).
    InspectorLedger *ledger() const { return m_ledger; }
    /// A database's shard and position (null unless a database is shown).
    InspectorShard *shardEditor() const { return m_shard; }
    /// The topology's alert rules (null unless the topology is shown).
    InspectorAlerts *alertEditor() const { return m_alerts; }

public slots:
    /// Reads the selection and the engine now, bypassing the throttle (screenshots, tests).
    void refreshNow();
    /// Shows the topology's settings with the alert rule `name` chosen for editing (a rule just
    /// added from a node's menu), and brings the dock forward.
    void editAlert(const QString &name);

private:
    void readSelection();
    void showSubject(Subject subject, const QString &nodeId = {}, const LinkEnds &link = {}, int count = 0);
    // The parts of a subject's page, top down.
    void addHeader(QWidget *page, QVBoxLayout *layout);
    void addSubjectParts(QWidget *page, QVBoxLayout *layout, Subject subject, int count);
    void documentChanged(const TopologyChange &change);
    /// Puts the shown node or link back in the scene's selection after the scene was rebuilt.
    void reselect();
    /// The document's JSON of what is shown, for the form.
    QJsonObject subjectJson() const;
    void updateValues();
    void refreshFacts();
    /// The engine's role of the database shown when it differs from the file's, else empty.
    QString roleNote(const Simulation *simulation) const;
    /// The web servers a balancer's autoscaling may copy: those it links to, then the others.
    static QStringList templateChoices(const Topology &topology, const QString &balancer);
    /// The data centres the document's nodes run in, for a node's Data centre field.
    static QStringList datacenterChoices(const Topology &topology);

    TopologyDocument *m_document;
    SimulationController *m_controller;
    QGraphicsScene *m_scene;
    QScrollArea *m_scroll = nullptr;
    QTimer *m_selectionTimer = nullptr;
    QTimer *m_factsTimer = nullptr;

    Subject m_subject = Subject::Topology;
    QString m_nodeId;
    int m_nodeIndex = -1;   ///< in the document, to follow a rename and its undo
    NodeType m_nodeType = NodeType::WebServer;
    LinkEnds m_link;
    int m_count = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QLabel *m_icon = nullptr;
    InspectorForm *m_form = nullptr;
    InspectorFacts *m_facts = nullptr;
    InspectorLedger *m_ledger = nullptr;
    InspectorShard *m_shard = nullptr;
    InspectorAlerts *m_alerts = nullptr;
};

} // namespace scalelab
