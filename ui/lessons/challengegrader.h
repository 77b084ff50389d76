// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/challenge.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace scalelab {

/// Grades a student's try at a challenge off the window's thread: the rules are checked at
/// once, the goals' runs (runGoals) on a worker, so the window keeps drawing meanwhile.
///
/// Threading contract: start() copies the goals and the attempt; the worker touches only
/// those copies, its own Simulation and the progress atomic. The grade is read on the GUI
/// thread after graded().
class ChallengeGrader : public QObject
{
    Q_OBJECT

public:
    explicit ChallengeGrader(QObject *parent = nullptr);
    ~ChallengeGrader() override;

    /// Grades `attempt` against `challenge` on `seed`; `given` is the step's topology the
    /// rules compare with. A grade under way is forgotten (its graded() never comes).
    void start(const LessonChallenge &challenge, const Topology &given, const Topology &attempt, std::uint64_t seed);
    bool isRunning() const { return m_thread != nullptr; }
    /// The share of the runs done, 0 to 1.
    double progress() const { return m_job ? m_job->progress.load() : 0.0; }
    const ChallengeGrade &grade() const { return m_grade; }

signals:
    void progressed(double share);
    void graded();

private:
    void finish();

    /// What one grade's worker writes; shared, so that an abandoned worker writes only its own.
    struct Job
    {
        std::atomic<double> progress{0.0};
        std::map<double, QJsonObject> reports;
    };

    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    std::shared_ptr<Job> m_job;
    QList<Checkpoint> m_goals;
    ChallengeGrade m_grade;
    ChallengeGrade m_pending;  ///< the rule breaks, until the goals are in
};

} // namespace scalelab
