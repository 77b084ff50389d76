// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexport.h"

#include "charts/chartpanel.h"
#include "charts/chartseries.h"
#include "settings/exportfiledialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

#include <qcustomplot.h>

#include <cmath>

namespace scalelab {

namespace {
// lupdate files these tr() calls under the namespace they sit in: the context must match.
QString tr(const char *text) { return QCoreApplication::translate("scalelab::ChartExport", text); }

QString number(double value)
{
    // 12 significant digits: exact for counts, and more than any percentile here carries.
    return std::isnan(value) ? QString() : QString::number(value, 'g', 12);
}
} // namespace

QString ChartExport::csv(const ChartData &data)
{
    QString out = QStringLiteral("second");
    for (const ChartLine &line : data.lines)
        out += QLatin1Char(',') + line.column;
    out += QLatin1Char('\n');
    for (int s = 0; s < data.seconds(); ++s) {
        out += QString::number(s);
        for (const ChartLine &line : data.lines)
            out += QLatin1Char(',') + number(line.values[s]);
        out += QLatin1Char('\n');
    }
    return out;
}

bool ChartExport::saveCsv(const ChartData &data, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(csv(data).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ChartExport::saveImage(QCustomPlot *plot, const QString &fileName, QString *error)
{
    const bool pdf = fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    // Twice the on-screen size for a PNG, so it stays sharp on a slide.
    const bool saved = pdf ? plot->savePdf(fileName, plot->width(), plot->height())
                           : plot->savePng(fileName, plot->width(), plot->height(), 2.0);
    if (!saved && error)
        *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(fileName));
    return saved;
}

void ChartExport::saveWithDialog(ChartPanel *panel, const QString &baseName, Format format)
{
    const char *suffix = format == Format::Png ? ".png" : format == Format::Pdf ? ".pdf" : ".csv";
    const QString filter = format == Format::Png ? tr("PNG image (*.png)") : format == Format::Pdf ? tr("PDF document (*.pdf)")
                                                                                                  : tr("CSV file (*.csv)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QDir(folder).filePath(baseName + QLatin1String(suffix));
    ExportColours colours = ExportColours::Screen;
    QString fileName = format == Format::Csv ? QFileDialog::getSaveFileName(panel, tr("Save Chart"), path, filter)
                                             : ExportFileDialog::saveFileName(panel, tr("Save Chart"), path, filter, &colours);
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
        fileName += QLatin1String(suffix);
    QString error;
    const bool saved = format == Format::Csv ? saveCsv(panel->data(), fileName, &error) : panel->saveImage(fileName, colours, &error);
    if (!saved)
        QMessageBox::warning(panel, tr("Save Chart"), tr("The chart was not saved: %1").arg(error));
}

} // namespace scalelab
