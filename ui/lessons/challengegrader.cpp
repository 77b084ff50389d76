// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/challengegrader.h"

#include <QThread>
#include <QTimer>

namespace scalelab {

ChallengeGrader::ChallengeGrader(QObject *parent)
    : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] { emit progressed(progress()); });
}

ChallengeGrader::~ChallengeGrader()
{
    if (m_thread) {
        m_thread->wait();  // runs are seconds at most; the worker owns nothing of ours but copies
        delete m_thread;
    }
}

void ChallengeGrader::start(const LessonChallenge &challenge, const Topology &given, const Topology &attempt, std::uint64_t seed)
{
    if (m_thread) {
        // The earlier grade is no longer wanted: let it end on its own, unheard.
        disconnect(m_thread, nullptr, this, nullptr);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        m_thread = nullptr;
    }
    m_pending = {};
    m_pending.ruleBreaks = challengeRuleBreaks(challenge, given, attempt);
    m_goals = challenge.checkpoints;
    m_job = std::make_shared<Job>();
    m_thread = QThread::create([job = m_job, goals = m_goals, attempt, seed] {
        job->reports = runGoals(goals, attempt, seed, [&job](double share) { job->progress.store(share); });
    });
    connect(m_thread, &QThread::finished, this, &ChallengeGrader::finish);
    m_poll->start();
    m_thread->start();
}

void ChallengeGrader::finish()
{
    m_poll->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_grade = m_pending;
    m_grade.goals = gradeGoals(m_goals, m_job->reports);
    emit graded();
}

} // namespace scalelab
