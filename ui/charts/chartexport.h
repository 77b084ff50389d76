// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCustomPlot;

namespace scalelab {

class ChartPanel;
struct ChartData;

/// Saving a chart: the picture (PNG at twice the screen size, or vector PDF) and its numbers.
namespace ChartExport {

/// The plot's data as CSV: a header row (`second` and each line's column), then one row per
/// simulated second; a value the plot leaves out (no cache lookup that second) is empty.
QString csv(const ChartData &data);
bool saveCsv(const ChartData &data, const QString &fileName, QString *error = nullptr);
/// PNG or PDF, by the file's suffix.
bool saveImage(QCustomPlot *plot, const QString &fileName, QString *error = nullptr);

enum class Format { Png, Pdf, Csv };
/// Asks where to save `panel`'s plot (or its data as CSV), suggesting a name from `baseName`,
/// and saves; in the dark theme the dialog offers light colours for print (ExportFileDialog).
void saveWithDialog(ChartPanel *panel, const QString &baseName, Format format);

} // namespace ChartExport

} // namespace scalelab
