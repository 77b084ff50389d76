// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace scalelab {

class TopologyDocument;

/// Crash recovery at start: offers back the work an earlier ScaleLab autosaved and never
/// saved (Autosaver), one question per file, and opens the chosen one in the document.
class RecoveryPrompt
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)

public:
    RecoveryPrompt(TopologyDocument *document, QWidget *parent);

    /// Asks about each pending recovery; at most one is opened, every one is discarded.
    /// Returns whether something was recovered.
    bool offer();
    /// Opens autosaved work as an unsaved document belonging to its original file.
    bool recover(const QString &autosaveFile, const QString &originalFile, QString *error = nullptr);

private:
    TopologyDocument *m_document;
    QWidget *m_parent;
};

} // namespace scalelab
