// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/topologydocument.h"

#include "document/topologyeditcommand.h"
#include "io/topologywriter.h"
#include "model/topologyvalidator.h"

#include <QFileInfo>
#include <QUndoStack>

namespace scalelab {

TopologyDocument::TopologyDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modificationChanged(!clean); });
}

TopologyDocument::~TopologyDocument()
{
    // Commands call back into the document; let them go first.
    delete m_undoStack;
}

bool TopologyDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void TopologyDocument::reset(const Topology &topology, const QString &fileName)
{
    m_undoStack->clear();
    m_topology = topology;
    m_fileName = fileName;
    emit documentReset();
    emit fileNameChanged(m_fileName);
    emit modificationChanged(false);
}

bool TopologyDocument::save(const QString &fileName, QString *error)
{
    if (!TopologyWriter::save(m_topology, fileName, error))
        return false;
    if (m_topology.baseDirectory.isEmpty())
        m_topology.baseDirectory = QFileInfo(fileName).absolutePath();
    m_fileName = fileName;
    m_undoStack->setClean();
    emit fileNameChanged(m_fileName);
    return true;
}

Diagnostics TopologyDocument::runProblems() const
{
    Diagnostics diagnostics;
    TopologyValidator(m_topology, diagnostics).check();
    return diagnostics;
}

void TopologyDocument::replace(const Topology &topology, const TopologyChange &change)
{
    m_topology = topology;
    emit changed(change);
}

void TopologyDocument::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    emit lockedChanged(locked);
}

bool TopologyDocument::push(const QString &text, const Topology &after, const TopologyChange &redo,
                            const TopologyChange &undo, int mergeId)
{
    if (m_locked && redo.kind != TopologyChange::Kind::Scenario) {
        emit editRefused(tr("This lesson is locked: it can be run, but not changed."));
        return false;
    }
    m_undoStack->push(new TopologyEditCommand(this, text, m_topology, after, redo, undo, mergeId));
    return true;
}

Topology TopologyDocument::fragment(const Topology &topology, const QStringList &ids)
{
    Topology part;
    part.name = topology.name;
    part.seed = topology.seed;
    for (const NodeSpec &node : topology.nodes) {
        if (ids.contains(node.id)) {
            part.nodes.append(node);
            if (topology.layout.contains(node.id))
                part.layout.insert(node.id, topology.layout.value(node.id));
        }
    }
    for (const LinkSpec &link : topology.links) {
        if (ids.contains(link.from) && ids.contains(link.to))
            part.links.append(link);
    }
    return part;
}


} // namespace scalelab
