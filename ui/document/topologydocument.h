// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/topologychange.h"
#include "model/diagnostic.h"
#include "model/topology.h"

#include <QObject>
#include <QPair>
#include <QStringList>

class QUndoStack;

namespace scalelab {

using LinkEnds = QPair<QString, QString>; ///< (from, to)

/// The topology being edited: the one thing that is saved. Every edit goes through a
/// function here that pushes one undoable command with readable text ("Set weight of web2
/// to 3"); views listen to changed() and never edit the topology themselves.
///
/// Edits are checked field by field as the file reader checks a file (the same ranges and
/// messages), but the whole need not be runnable: a topology under construction may lack a
/// clients node. runProblems() says what keeps it from running.
class TopologyDocument : public QObject
{
    Q_OBJECT

public:
    explicit TopologyDocument(QObject *parent = nullptr);
    ~TopologyDocument() override;

    const Topology &topology() const { return m_topology; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Empty for a new, never saved document.
    QString fileName() const { return m_fileName; }
    bool isModified() const;

    /// Replaces the document (a file was opened): no undo history, unmodified.
    void reset(const Topology &topology, const QString &fileName);
    /// Writes the document atomically (QSaveFile) and marks it unmodified.
    bool save(const QString &fileName, QString *error = nullptr);
    /// The first free id for a node of `type`: web1, web2, ... cache1, db3.
    QString freeId(NodeType type) const;
    /// The errors that keep the topology from running (empty when it can run).
    Diagnostics runProblems() const;

    /// A locked document (a teacher's locked lesson) can be run and its nodes killed or
    /// revived, but not edited: every edit is refused with editRefused().
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // Edits. Each pushes one undoable command, or returns false with the reader's message
    // (naming the field and what was expected) and changes nothing.
    QString addNode(NodeType type, LayoutPoint position);
    /// How a removal reads in the undo history: "Delete web3" or, for Edit > Cut, "Cut web3".
    enum class Removal { Delete, Cut };
    void removeItems(const QStringList &nodes, const QList<LinkEnds> &links = {}, Removal removal = Removal::Delete);
    /// `mergeable`: successive moves of the same nodes collapse into one undo step.
    void moveNodes(const QMap<QString, LayoutPoint> &positions, bool mergeable = false);
    void arrange(const QMap<QString, LayoutPoint> &positions);
    bool addLink(const QString &from, const QString &to, double latencyMs = 1.0, QString *error = nullptr);
    /// `key` is the file's key, dotted for nested objects ("health_check.fall"); an undefined
    /// value removes the key (the reader's default applies).
    bool setNodeSetting(const QString &node, const QString &key, const QJsonValue &value, QString *error = nullptr);
    bool setLinkSetting(const LinkEnds &link, const QString &key, const QJsonValue &value, QString *error = nullptr);
    /// Top-level settings: "name", "seed", "replication.mode", "cdn.price_per_gb"... An
    /// undefined value removes it ("replication" undefined: no replication).
    bool setTopologySetting(const QString &key, const QJsonValue &value, QString *error = nullptr);
    bool renameNode(const QString &from, const QString &to, QString *error = nullptr);
    // Alert rules (the file's top-level "alerts"), one undoable step each, checked as the
    // reader checks a file's rule, and besides that the rule's name is free and its node
    // (busy, queued) is one with workers. A refusal's message starts with the rule's path
    // ("alerts[2].name: ..."), so that an editor can mark the field.
    bool addAlert(const AlertRuleSpec &rule, QString *error = nullptr);
    /// Successive changes of the same field of the same rule collapse into one undo step (typing).
    bool setAlert(int index, const AlertRuleSpec &rule, QString *error = nullptr);
    bool removeAlert(int index);
    /// `stem` ("web1QueueLong") if no rule has that name, else `stem` with the first free number.
    QString freeAlertName(const QString &stem) const;
    /// Whether a host rule (busy, queued) may watch a node of `type`: one with workers, not
    /// clients, a balancer or a dns (what the validator accepts).
    static bool canWatch(NodeType type);
    /// Adds a runtime action (a kill from the canvas) to the scenario at event.atS.
    void recordAction(const ScenarioEvent &event);
    /// One undoable step: a new database without data ("provisioned": false) linked like a
    /// replica of the database `from` (from the web servers that link to it and from the
    /// primary), and the action provisioning it from `from` at `atS`. Returns its id, or empty
    /// when `from` is not a database or the document is locked.
    QString addReplica(const QString &from, double atS);
    /// Adds the nodes, links and layout of `fragment` (copied earlier), shifted by `offset`
    /// and renamed where ids are taken. Returns the ids of the pasted nodes.
    QStringList paste(const Topology &fragment, LayoutPoint offset);

    /// The nodes `ids`, the links between them and their layout: what copy puts on the clipboard.
    static Topology fragment(const Topology &topology, const QStringList &ids);
    /// Where the document's node `id` is drawn (its layout, or (0, 0)).
    LayoutPoint position(const QString &id) const { return m_topology.layout.value(id); }

signals:
    /// The topology changed by an edit, an undo or a redo.
    void changed(const scalelab::TopologyChange &change);
    /// The whole document was replaced (open, new).
    void documentReset();
    void fileNameChanged(const QString &fileName);
    void modificationChanged(bool modified);
    void lockedChanged(bool locked);
    /// An edit was refused because the document is locked; `why` says so in words.
    void editRefused(const QString &why);

private:
    friend class TopologyEditCommand;
    /// Called by commands only.
    void replace(const Topology &topology, const TopologyChange &change);
    /// Returns false (and pushes nothing) when the document is locked and the edit is not a
    /// runtime action.
    bool push(const QString &text, const Topology &after, const TopologyChange &redo, const TopologyChange &undo,
              int mergeId = -1);
    /// `topology` written out, `edit` applied to the JSON, read back field-checked. The read
    /// topology, or nullopt with the messages in `error`.
    std::optional<Topology> throughJson(const Topology &topology,
                                        const std::function<void(QJsonObject &)> &edit, QString *error) const;
    // How edits read in the undo history ("Set service ms of web1 to 3", "Delete link lb → web1");
    // the structure's edits and the settings' edits share them.
    static QString linkName(const QString &from, const QString &to);
    static QString keyText(const QString &key);
    static QJsonValue machineValue(QJsonObject &node, const QString &key, const QJsonValue &value, int workers);
    static QString valueText(const QJsonValue &value);
    static int linkIndex(const Topology &topology, const LinkEnds &ends);
    /// Why `rule` cannot be rule `index` of `topology` (a taken name, a node without workers), or empty.
    static QString alertProblem(const Topology &topology, int index, const AlertRuleSpec &rule);
    /// `after` (alerts changed) checked through the reader and pushed as one step.
    bool pushAlerts(const QString &text, Topology after, const QString &key, int mergeId, QString *error);

    Topology m_topology;
    QString m_fileName;
    QUndoStack *m_undoStack;
    bool m_locked = false;
};

} // namespace scalelab
