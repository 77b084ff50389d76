// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/recoveryprompt.h"

#include "document/autosaver.h"
#include "document/topologydocument.h"
#include "io/topologyreader.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace scalelab {

RecoveryPrompt::RecoveryPrompt(TopologyDocument *document, QWidget *parent)
    : m_document(document), m_parent(parent)
{
}

bool RecoveryPrompt::recover(const QString &autosaveFile, const QString &originalFile, QString *error)
{
    TopologyReader reader;
    std::optional<Topology> topology = reader.readFile(autosaveFile);
    if (!topology) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    if (!originalFile.isEmpty() && !originalFile.startsWith(QLatin1Char(':')))
        topology->baseDirectory = QFileInfo(originalFile).absolutePath();
    m_document->reset(*topology, originalFile);
    // Recovered work is unsaved work: mark it so, as one undoable step back to the file.
    m_document->setTopologySetting(QStringLiteral("name"), topology->name.isEmpty() ? tr("Recovered") : topology->name);
    m_document->undoStack()->resetClean();
    if (m_parent)
        m_parent->setWindowModified(true);
    return true;
}

bool RecoveryPrompt::offer()
{
    const QList<Autosaver::Recovery> recoveries = Autosaver::pendingRecoveries();
    bool recovered = false;
    for (const Autosaver::Recovery &recovery : recoveries) {
        const QString what = recovery.originalFile.isEmpty() ? tr("a new topology")
                                                             : QFileInfo(recovery.originalFile).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"),
                        tr("ScaleLab closed unexpectedly while you were editing %1.").arg(what),
                        QMessageBox::NoButton, m_parent);
        box.setObjectName(QStringLiteral("recoveryBox"));
        box.setInformativeText(tr("Your changes were saved automatically at %1. Open them now?")
                                   .arg(QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)));
        QPushButton *open = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open && !recovered) {
            QString error;
            if (recover(recovery.autosaveFile, recovery.originalFile, &error))
                recovered = true;
            else
                QMessageBox::warning(m_parent, tr("Cannot recover"), error);
        }
        Autosaver::discard(recovery);
    }
    return recovered;
}

} // namespace scalelab
