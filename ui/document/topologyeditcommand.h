// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/topologychange.h"
#include "model/topology.h"

#include <QUndoCommand>

namespace scalelab {

class TopologyDocument;

/// One undoable edit, kept as the whole topology before and after. Topologies are small (a
/// few hundred nodes at most), and a snapshot makes undo exact by construction: whatever an
/// edit touched — links to a deleted node, layout, scenario events naming it — comes back.
class TopologyEditCommand : public QUndoCommand
{
public:
    /// Consecutive commands with the same non-negative merge id collapse into one undo step
    /// (typing in one field, nudging the same nodes with the arrow keys).
    TopologyEditCommand(TopologyDocument *document, const QString &text, Topology before, Topology after,
                        TopologyChange redoChange, TopologyChange undoChange, int mergeId = -1);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    TopologyDocument *m_document;
    Topology m_before;
    Topology m_after;
    TopologyChange m_redoChange;
    TopologyChange m_undoChange;
    int m_mergeId;
    QString m_mergeKey; ///< merge only edits of the same target
};

} // namespace scalelab
