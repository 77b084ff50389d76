// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/abcomparewindow.h"

#include "charts/chartstyle.h"
#include "compare/abcomparevariants.h"
#include "io/topologyreader.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace scalelab {

namespace {

// The charts' blue and orange (Okabe-Ito, lifted on the dark plot): told apart by colour-blind
// students and on a washed-out projector.
constexpr int kStyleA = 2;
constexpr int kStyleB = 3;
constexpr int kProgressMs = 100;
const QString kFromFile = QStringLiteral("*file");

QColor colorA()
{
    return ChartStyle::lineColor(kStyleA);
}

QColor colorB()
{
    return ChartStyle::lineColor(kStyleB);
}

QCPTextElement *heading(QCustomPlot *plot)
{
    return qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
}

QCustomPlot *makePlot(const QString &title, const QString &yLabel, QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumHeight(170);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, ChartStyle::font(ChartStyle::kTitlePixels, true)));
    ChartStyle::styleAxis(plot->xAxis);
    ChartStyle::styleAxis(plot->yAxis);
    plot->xAxis->setLabel(AbCompareWindow::tr("simulated time (s)"));
    plot->yAxis->setLabel(yLabel);
    plot->addGraph()->setName(AbCompareWindow::tr("A"));
    plot->addGraph()->setName(AbCompareWindow::tr("B"));
    plot->legend->setVisible(true);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return plot;
}

/// The plot in Theme::current()'s colours, as the charts dock draws its own.
void colorPlot(QCustomPlot *plot)
{
    const Theme &theme = Theme::current();
    plot->setBackground(theme.chartBackground);
    ChartStyle::colorAxis(plot->xAxis);
    ChartStyle::colorAxis(plot->yAxis);
    if (QCPTextElement *title = heading(plot))
        title->setTextColor(theme.chartTitle);
    // See-through, so a curve under the legend still shows.
    QColor legendFill = theme.chartBackground;
    legendFill.setAlpha(200);
    plot->legend->setBrush(legendFill);
    plot->legend->setTextColor(theme.chartLegendText);
    // A wide and solid, B narrower and dashed on top: where the runs agree both stay visible.
    plot->graph(0)->setPen(QPen(colorA(), 3.0));
    plot->graph(1)->setPen(QPen(colorB(), 2.0, Qt::DashLine));
}

/// The "Better" column's A or B: orange text needs darkening to read on the light table.
QColor betterColor(ReportDifference::Side side)
{
    if (side == ReportDifference::Side::A)
        return colorA();
    return Theme::current().dark ? colorB() : colorB().darker(130);
}

QString number(std::optional<double> v)
{
    if (!v)
        return QStringLiteral("\u2014");
    const double x = *v;
    return QLocale().toString(x, 'f', x == std::floor(x) && std::abs(x) < 1e15 ? 0 : 3);
}

} // namespace

AbCompareWindow::AbCompareWindow(const Topology &a, QWidget *parent)
    : QWidget(parent, Qt::Window), m_a(a), m_b(a), m_runner(new AbCompareRunner(this)), m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("abCompareWindow"));
    setWindowTitle(tr("Compare A/B \u2014 %1").arg(a.name.isEmpty() ? tr("untitled") : a.name));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *aLabel = new QLabel(tr("<b>A</b>: the topology on the canvas (%1)").arg((a.name.isEmpty() ? tr("untitled") : a.name).toHtmlEscaped()), this);
    form->addRow(aLabel);
    form->addRow(tr("<b>B</b>:"), buildBRow(a));
    form->addRow(buildRunRow(a));
    layout->addLayout(form);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->hide();
    layout->addWidget(m_notes);

    layout->addWidget(buildResults(), 1);

    connectControls();
    setRunning(false);
    applyTheme();
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, &AbCompareWindow::applyTheme);
    if (m_variantBox->count() > 1)
        chooseVariant(m_variantBox->itemData(0).toString());
    else
        m_bChanges->setText(tr("Pick a file for B: none of the one-click changes applies to this topology."));
    resize(1100, 760);
}

QHBoxLayout *AbCompareWindow::buildBRow(const Topology &a)
{
    // B: one of the one-click changes of A, or a file.
    auto *bRow = new QHBoxLayout;
    m_variantBox = new QComboBox(this);
    m_variantBox->setObjectName(QStringLiteral("variantBox"));
    for (const AbCompareVariants::Variant &v : AbCompareVariants::available(a))
        m_variantBox->addItem(v.label, v.id);
    m_variantBox->addItem(tr("Open B from a file\u2026"), kFromFile);
    m_bChanges = new QLabel(this);
    ThemeController::useMutedText(m_bChanges);
    m_bChanges->setWordWrap(true);
    bRow->addWidget(m_variantBox);
    bRow->addWidget(m_bChanges, 1);
    return bRow;
}

QHBoxLayout *AbCompareWindow::buildRunRow(const Topology &a)
{
    auto *runRow = new QHBoxLayout;
    m_seed = new QLineEdit(QString::number(a.seed), this);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setToolTip(tr("Both runs use this seed, so the clients send the same requests to A and B"));
    m_seed->setFixedWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("00000000000")) + 16);
    m_duration = new QDoubleSpinBox(this);
    m_duration->setRange(1, 3600);
    m_duration->setDecimals(0);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" s"));
    m_run = new QPushButton(tr("Run Both"), this);
    m_run->setObjectName(QStringLiteral("runBoth"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    runRow->addWidget(new QLabel(tr("Seed"), this));
    runRow->addWidget(m_seed);
    runRow->addWidget(new QLabel(tr("Duration"), this));
    runRow->addWidget(m_duration);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 3);
    runRow->addStretch(1);
    return runRow;
}

QSplitter *AbCompareWindow::buildResults()
{
    // The two charts above, the table of differing figures below.
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *charts = new QWidget(split);
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_throughput = makePlot(tr("Throughput"), tr("requests ok / s"), charts);
    m_p95 = makePlot(tr("Latency p95"), tr("ms"), charts);
    chartLayout->addWidget(m_throughput);
    chartLayout->addWidget(m_p95);
    m_table = new QTableWidget(0, 5, split);
    m_table->setObjectName(QStringLiteral("differences"));
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("A"), tr("B"), tr("Change"), tr("Better")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    split->addWidget(charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void AbCompareWindow::connectControls()
{
    connect(m_variantBox, &QComboBox::activated, this, [this] {
        const QString id = m_variantBox->currentData().toString();
        if (id != kFromFile) {
            chooseVariant(id);
            return;
        }
        const QString file = QFileDialog::getOpenFileName(this, tr("Open B"), m_a.baseDirectory,
                                                          tr("ScaleLab topologies (*.scalelab.json);;All files (*)"));
        QString error;
        if (!file.isEmpty() && !openB(file, &error)) {
            m_notes->setText(error);
            m_notes->show();
        }
    });
    connect(m_run, &QPushButton::clicked, this, &AbCompareWindow::runComparison);
    connect(m_cancel, &QPushButton::clicked, m_runner, &AbCompareRunner::cancel);
    connect(m_runner, &AbCompareRunner::finished, this, &AbCompareWindow::showResult);
    m_progressTimer->setInterval(kProgressMs);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { m_progress->setValue(qRound(m_runner->progress() * 1000)); });
}

AbCompareWindow::~AbCompareWindow() = default;

QCustomPlot *AbCompareWindow::plot(Chart chart) const
{
    return chart == Chart::Throughput ? m_throughput : m_p95;
}

void AbCompareWindow::applyTheme()
{
    m_notes->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().bannerText.name()));
    for (QCustomPlot *p : {m_throughput, m_p95}) {
        colorPlot(p);
        p->replot(QCustomPlot::rpQueuedReplot);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *better = m_table->item(row, 4);
        const QVariant side = better ? better->data(Qt::UserRole) : QVariant();
        if (side.isValid())
            better->setForeground(betterColor(static_cast<ReportDifference::Side>(side.toInt())));
    }
}

bool AbCompareWindow::chooseVariant(const QString &id)
{
    Topology b = m_a;
    const QStringList changes = AbCompareVariants::apply(id, b);
    if (changes.isEmpty())
        return false;
    m_b = b;
    m_bName.clear();
    m_variantBox->setCurrentIndex(std::max(0, m_variantBox->findData(id)));
    m_bChanges->setText(tr("A copy of A with %1").arg(changes.join(QStringLiteral(", "))));
    return true;
}

bool AbCompareWindow::openB(const QString &fileName, QString *error)
{
    TopologyReader reader;
    const std::optional<Topology> b = reader.readFile(fileName);
    if (!b) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    m_b = *b;
    m_bName = QFileInfo(fileName).fileName();
    m_variantBox->setCurrentIndex(m_variantBox->findData(kFromFile));
    m_bChanges->setText(tr("%1 (%2)").arg(m_bName, b->name));
    return true;
}

void AbCompareWindow::setSeed(std::uint64_t seed)
{
    m_seed->setText(QString::number(seed));
}

void AbCompareWindow::setDuration(double seconds)
{
    m_duration->setValue(seconds);
}

void AbCompareWindow::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_variantBox->setEnabled(!running);
    m_progress->setVisible(running);
    if (running)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
}

void AbCompareWindow::runComparison()
{
    if (m_runner->isRunning())
        return;
    m_notes->hide();
    m_progress->setValue(0);
    setRunning(true);
    m_runner->start(m_a, m_b, m_seed->text().toULongLong(), SimTime::fromS(m_duration->value()));
}

void AbCompareWindow::showResult()
{
    setRunning(false);
    const AbResult &r = m_runner->result();
    QStringList notes;
    if (r.cancelled) {
        notes << tr("Cancelled.");
    } else if (!r.ok) {
        notes << tr("%1 cannot run: %2").arg(r.failedSide == ReportDifference::Side::A ? tr("A") : tr("B"), r.error);
    } else {
        for (const QString &note : r.workloadNotes)
            notes << tr("The clients differ, so A and B do not get the same requests: %1").arg(note);
    }
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    if (!r.ok) {
        emit comparisonFinished();
        return;
    }
    plotSeries(m_throughput, r.a.series, r.b.series, Chart::Throughput);
    plotSeries(m_p95, r.a.series, r.b.series, Chart::P95);
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(r.differences.size()));
    int row = 0;
    for (const ReportDifference &d : r.differences) {
        QString change = QStringLiteral("\u2014");
        if (const auto rel = d.relative())
            change = QStringLiteral("%1%2%").arg(*rel >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(*rel * 100.0, 'f', 1));
        else if (const auto delta = d.delta())
            change = (*delta >= 0 ? QStringLiteral("+") : QString()) + number(delta);
        const ReportDifference::Side winner = d.winner();
        const QString better = winner == ReportDifference::Side::A ? tr("A") : winner == ReportDifference::Side::B ? tr("B") : QString();
        const QStringList cells{d.key, number(d.a), number(d.b), change, better};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 4 && !better.isEmpty()) {
                item->setData(Qt::UserRole, static_cast<int>(winner));   // for a change of theme
                item->setForeground(betterColor(winner));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    if (r.differences.isEmpty()) {
        m_notes->setText(tr("A and B gave the same report: the change made no difference to this run."));
        m_notes->show();
    }
    emit comparisonFinished();
}

void AbCompareWindow::plotSeries(QCustomPlot *plot, const std::vector<SecondSample> &a, const std::vector<SecondSample> &b, Chart chart)
{
    // Only the seconds the clients sent requests in: the last requests end after the duration,
    // and a half-empty final second would look like a collapse.
    const int seconds = static_cast<int>(std::ceil(m_runner->result().duration.s()));
    double top = 0.0;
    for (int side = 0; side < 2; ++side) {
        const std::vector<SecondSample> &series = side == 0 ? a : b;
        QVector<double> xs, ys;
        for (const SecondSample &s : series) {
            if (s.second >= seconds)
                break;
            xs << s.second;
            ys << (chart == Chart::Throughput ? double(s.requests.ok) : s.p95Ms);
            top = std::max(top, ys.back());
        }
        plot->graph(side)->setData(xs, ys, true);
    }
    plot->xAxis->setRange(0, std::max(1, seconds - 1));
    plot->yAxis->setRange(0, top > 0 ? top * 1.35 : 1.0);  // headroom for the legend
    plot->replot();
}

QList<QPointF> AbCompareWindow::plotted(Chart chart, bool sideB) const
{
    QList<QPointF> points;
    const QSharedPointer<QCPGraphDataContainer> data = plot(chart)->graph(sideB ? 1 : 0)->data();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        points << QPointF(it->key, it->value);
    return points;
}

QList<QStringList> AbCompareWindow::differenceRows() const
{
    QList<QStringList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells << (m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        rows << cells;
    }
    return rows;
}

} // namespace scalelab
