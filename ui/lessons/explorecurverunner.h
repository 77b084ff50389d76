// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/explore.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace scalelab {

/// Computes an explore step's curve off the window's thread: every value of the slider on
/// the explore's seeds, side by side on a thread pool (SweepRunner), as `scalelab-cli sweep`
/// would run them.
///
/// Threading contract: start() builds the plan (the topologies) on the GUI thread and hands
/// the worker a shared copy; the worker writes only its job's results and progress.
class ExploreCurveRunner : public QObject
{
    Q_OBJECT

public:
    explicit ExploreCurveRunner(QObject *parent = nullptr);
    ~ExploreCurveRunner() override;

    /// Starts the curve of `explore` over `topology` run for `runS` seconds; false with
    /// `error` when the plan cannot be built. A curve under way is forgotten.
    bool start(const LessonExplore &explore, const Topology &topology, double runS, QString *error = nullptr);
    bool isRunning() const { return m_thread != nullptr; }
    /// Runs done so far and in all.
    int runsDone() const { return m_job ? m_job->done.load() : 0; }
    int runCount() const { return m_job ? m_job->count : 0; }
    const QList<ExplorePoint> &curve() const { return m_curve; }

signals:
    void progressed();
    void finished();

private:
    struct Job
    {
        SweepPlan plan;
        LessonExplore explore;
        std::vector<SweepRunner::Result> results;
        std::atomic<int> done{0};
        int count = 0;
    };
    void finish();

    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    std::shared_ptr<Job> m_job;
    QList<ExplorePoint> m_curve;
};

} // namespace scalelab
