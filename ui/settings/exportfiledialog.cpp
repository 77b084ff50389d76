// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/exportfiledialog.h"

#include "settings/theme.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QGridLayout>

namespace scalelab {

namespace {

// Runs `dialog` with the check box below its own rows; empty when cancelled.
QString run(QFileDialog &dialog, ExportColours *colours)
{
    auto *box = new QCheckBox(ExportFileDialog::tr("Light colours for print"), &dialog);
    box->setObjectName(QLatin1String(ExportFileDialog::kLightColoursBox));
    box->setToolTip(ExportFileDialog::tr("Draw the picture in the light theme's colours, as on paper, "
                                         "whatever the screen shows"));
    box->setChecked(true);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(box, grid->rowCount(), 0, 1, grid->columnCount());
    else if (dialog.layout())
        dialog.layout()->addWidget(box);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (colours)
        *colours = box->isChecked() ? ExportColours::Light : ExportColours::Screen;
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString ExportFileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                                       ExportColours *colours)
{
    if (colours)
        *colours = ExportColours::Screen;
    if (!Theme::current().dark)
        return QFileDialog::getSaveFileName(parent, caption, path, filter);
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    return run(dialog, colours);
}

QString ExportFileDialog::folder(QWidget *parent, const QString &caption, ExportColours *colours)
{
    if (colours)
        *colours = ExportColours::Screen;
    if (!Theme::current().dark)
        return QFileDialog::getExistingDirectory(parent, caption);
    QFileDialog dialog(parent, caption);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOptions(QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
    return run(dialog, colours);
}

} // namespace scalelab
