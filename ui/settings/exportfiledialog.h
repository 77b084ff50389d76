// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/printcolours.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace scalelab {

/// Where to save a picture of the canvas or of charts, and in which colours. In the dark
/// theme the dialog has a "Light colours for print" check box, on by default (Qt's own
/// dialog then: a platform's native one cannot take a widget); in the light theme both
/// choices look the same, so it is the usual dialog without the box.
class ExportFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(ExportFileDialog)

public:
    /// The object name of the check box, for tests.
    static constexpr const char *kLightColoursBox = "lightColoursForPrint";

    /// A file to save to (empty when cancelled); `colours` gets the choice.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                                ExportColours *colours);
    /// A folder to save several pictures into (empty when cancelled); `colours` gets the choice.
    static QString folder(QWidget *parent, const QString &caption, ExportColours *colours);
};

} // namespace scalelab
