// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/abcomparerunner.h"
#include "model/topology.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTimer;

namespace scalelab {

/// Tools > Compare: A is the topology on the canvas, B a copy with one thing changed (one
/// click: balancing algorithm, eviction policy, replication mode, sessions) or another file.
/// Both run headless on the same seed and duration, in a worker thread; then their
/// throughput and p95 curves are overlaid and every report figure that differs is listed
/// with the side that did better.
class AbCompareWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Throughput, P95 };

    explicit AbCompareWindow(const Topology &a, QWidget *parent = nullptr);
    ~AbCompareWindow() override;

    const Topology &topologyA() const { return m_a; }
    const Topology &topologyB() const { return m_b; }
    /// B = A with variant `id` (AbCompareVariants); false when it changes nothing.
    bool chooseVariant(const QString &id);
    /// B = the topology in `fileName`; on failure B is unchanged and `error` says why.
    bool openB(const QString &fileName, QString *error = nullptr);
    void setSeed(std::uint64_t seed);
    void setDuration(double seconds);

    const AbCompareRunner &runner() const { return *m_runner; }
    /// The points drawn for one side of one chart (x: second, y: value).
    QList<QPointF> plotted(Chart chart, bool sideB) const;
    /// The plot of one chart, in the current theme's colours.
    QCustomPlot *plot(Chart chart) const;
    /// The rows of the differences table, as shown (figure, A, B, change, better).
    QList<QStringList> differenceRows() const;

public slots:
    /// Starts both runs; finished() when they are done.
    void runComparison();

signals:
    void comparisonFinished();

private:
    // The window's parts, built in this order by the constructor.
    QHBoxLayout *buildBRow(const Topology &a);
    QHBoxLayout *buildRunRow(const Topology &a);
    QSplitter *buildResults();
    void connectControls();
    /// Plots, notes and the "Better" column in Theme::current()'s colours; again after every change of theme.
    void applyTheme();
    void showResult();
    void setRunning(bool running);
    void plotSeries(QCustomPlot *plot, const std::vector<SecondSample> &a, const std::vector<SecondSample> &b, Chart chart);

    Topology m_a;
    Topology m_b;
    QString m_bName;
    AbCompareRunner *m_runner = nullptr;
    QComboBox *m_variantBox = nullptr;
    QLabel *m_bChanges = nullptr;
    QLineEdit *m_seed = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QLabel *m_notes = nullptr;
    QCustomPlot *m_throughput = nullptr;
    QCustomPlot *m_p95 = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace scalelab
