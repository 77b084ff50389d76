// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/followpublisher.h"

#include "classroom/classhost.h"
#include "document/topologydocument.h"
#include "io/topologywriter.h"
#include "lessons/lessonsession.h"
#include "run/simulationcontroller.h"

namespace scalelab {

namespace {
// A drag or a burst of edits sends one follow, this long after the last change.
constexpr int kGatherMs = 150;
// While the run plays, the clock goes out this often: a student's ScaleLab that fell behind
// (a slow laptop) or joined late catches up within it.
constexpr int kHeartbeatMs = 2000;
} // namespace

FollowPublisher::FollowPublisher(classroom::ClassHost *host, LessonSession *lessons, TopologyDocument *document,
                                 SimulationController *controller, QObject *parent)
    : QObject(parent), m_host(host), m_lessons(lessons), m_document(document), m_controller(controller)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &FollowPublisher::publishFollow);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &FollowPublisher::publishClock);

    connect(lessons, &LessonSession::stepChanged, this, &FollowPublisher::scheduleFollow);
    connect(lessons, &LessonSession::closed, this, &FollowPublisher::scheduleFollow);
    connect(document, &TopologyDocument::changed, this, &FollowPublisher::scheduleFollow);
    connect(document, &TopologyDocument::documentReset, this, &FollowPublisher::scheduleFollow);
    connect(controller, &SimulationController::simulationReplaced, this, &FollowPublisher::scheduleFollow);
    connect(controller, &SimulationController::actionApplied, this, &FollowPublisher::scheduleFollow);
    connect(controller, &SimulationController::runningChanged, this, &FollowPublisher::publishClock);
    connect(controller, &SimulationController::timeJumped, this, &FollowPublisher::publishClock);
    // A step or a run to a moment while paused moves the clock without a play or a seek.
    connect(controller, &SimulationController::advanced, this, [this] {
        if (!m_controller->isRunning())
            scheduleFollow();
    });
}

void FollowPublisher::setActive(bool active)
{
    m_active = active;
    if (active) {
        publishFollow();
    } else {
        m_gather.stop();
        m_heartbeat.stop();
    }
}

classroom::FollowState FollowPublisher::state() const
{
    classroom::FollowState state;
    // A built-in lesson is on every student's ScaleLab; a lesson file of the teacher's own is
    // not (and a student's app never takes a file from the teacher): they follow its run.
    if (m_lessons->isOpen() && m_lessons->fileName() == LessonSession::builtInLesson(m_lessons->lesson().id)) {
        state.lesson = m_lessons->lesson().id;
        state.step = m_lessons->stepIndex();
        state.challenge = m_lessons->challenge() != nullptr;
    }
    SimulationController::RunRecord record = m_controller->runRecord();
    // The canvas as the teacher arranged it, even when a drag did not restart the run.
    record.topology.layout = m_document->topology().layout;
    state.topology = TopologyWriter::toJson(record.topology);
    Topology actions;
    actions.events = record.actions;
    state.actions = TopologyWriter::toJson(actions).value(QStringLiteral("events")).toArray();
    return state;
}

classroom::FollowClock FollowPublisher::clock() const
{
    return classroom::FollowClock{m_controller->now().ms(), m_controller->isRunning(), m_controller->speed()};
}

void FollowPublisher::scheduleFollow()
{
    if (m_active)
        m_gather.start();
}

void FollowPublisher::publishFollow()
{
    if (!m_active || !m_controller->simulation())
        return;
    m_host->setFollow(state());
    publishClock();
}

void FollowPublisher::publishClock()
{
    if (!m_active || !m_controller->simulation())
        return;
    m_host->setClock(clock());
    if (m_controller->isRunning())
        m_heartbeat.start();
    else
        m_heartbeat.stop();
}

} // namespace scalelab
