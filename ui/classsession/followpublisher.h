// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classroom/classprotocol.h"

#include <QObject>
#include <QTimer>

namespace scalelab {

namespace classroom {
class ClassHost;
}
class LessonSession;
class SimulationController;
class TopologyDocument;

/// The teacher's side of "follow the teacher": tells the joined ScaleLabs where the lesson and
/// the run are. The engine is deterministic, so it sends the step, the run's topology (with its
/// seed and the canvas's layout) and the actions applied while it ran, and the clock (the
/// run's moment, playing or paused, the speed); never pictures.
///
/// Changes are gathered for a moment (a drag moves a node many times) before one follow goes
/// out; the clock goes at once on play, pause and seek, and every two seconds while it plays.
class FollowPublisher : public QObject
{
    Q_OBJECT
public:
    FollowPublisher(classroom::ClassHost *host, LessonSession *lessons, TopologyDocument *document,
                    SimulationController *controller, QObject *parent = nullptr);

    /// Starts (the host is running) or stops telling the class.
    void setActive(bool active);

    /// Where the teacher is now, as sent: the lesson (a built-in one's id, or "" for a
    /// topology or a lesson file of the teacher's own), the step, the run.
    classroom::FollowState state() const;
    classroom::FollowClock clock() const;

private:
    void scheduleFollow();
    void publishFollow();
    void publishClock();

    classroom::ClassHost *m_host;
    LessonSession *m_lessons;
    TopologyDocument *m_document;
    SimulationController *m_controller;
    bool m_active = false;
    QTimer m_gather;
    QTimer m_heartbeat;
};

} // namespace scalelab
