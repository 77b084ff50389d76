// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/explorecurverunner.h"

#include <QThread>
#include <QTimer>

namespace scalelab {

ExploreCurveRunner::ExploreCurveRunner(QObject *parent)
    : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setInterval(150);
    connect(m_poll, &QTimer::timeout, this, &ExploreCurveRunner::progressed);
}

ExploreCurveRunner::~ExploreCurveRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ExploreCurveRunner::start(const LessonExplore &explore, const Topology &topology, double runS, QString *error)
{
    if (m_thread) {
        disconnect(m_thread, nullptr, this, nullptr);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        m_thread = nullptr;
    }
    m_curve.clear();
    QString why;
    std::optional<SweepPlan> plan = explorePlan(explore, topology, &why);
    if (!plan) {
        m_job.reset();
        if (error)
            *error = why;
        return false;
    }
    m_job = std::make_shared<Job>();
    m_job->plan = std::move(*plan);
    m_job->explore = explore;
    m_job->count = int(m_job->plan.variants().size()) * explore.seeds;
    // One core is left to the window and the live run.
    const int threads = std::max(1, QThread::idealThreadCount() - 1);
    m_thread = QThread::create([job = m_job, runS, threads] {
        const std::vector<SweepRunner::Run> runs = exploreRuns(job->explore, job->plan);
        job->results = SweepRunner(SimTime::fromS(runS), threads).run(runs, [&job](int done, double) { job->done.store(done); });
        job->done.store(job->count);
    });
    connect(m_thread, &QThread::finished, this, &ExploreCurveRunner::finish);
    m_poll->start();
    m_thread->start();
    return true;
}

void ExploreCurveRunner::finish()
{
    m_poll->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_curve = exploreCurve(m_job->explore, m_job->results);
    emit finished();
}

} // namespace scalelab
