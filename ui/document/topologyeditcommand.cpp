// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/topologyeditcommand.h"

#include "document/topologydocument.h"

namespace scalelab {

namespace {
QString mergeKeyOf(const TopologyChange &change)
{
    return change.node + QLatin1Char('|') + change.from + QLatin1Char('|') + change.to + QLatin1Char('|') + change.key;
}
} // namespace

TopologyEditCommand::TopologyEditCommand(TopologyDocument *document, const QString &text, Topology before,
                                         Topology after, TopologyChange redoChange, TopologyChange undoChange,
                                         int mergeId)
    : QUndoCommand(text),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_redoChange(std::move(redoChange)),
      m_undoChange(std::move(undoChange)),
      m_mergeId(mergeId),
      m_mergeKey(mergeKeyOf(m_redoChange))
{
}

void TopologyEditCommand::redo()
{
    m_document->replace(m_after, m_redoChange);
}

void TopologyEditCommand::undo()
{
    m_document->replace(m_before, m_undoChange);
}

bool TopologyEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TopologyEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_redoChange.kind != m_redoChange.kind)
        return false;
    m_after = next->m_after;
    m_redoChange = next->m_redoChange;
    setText(next->text());
    return true;
}

} // namespace scalelab
