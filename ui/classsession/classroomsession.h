// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classroom/classhost.h"

#include <QObject>

#include <optional>

class QAction;

namespace scalelab {

class FollowPublisher;
class LessonSession;
class SimulationController;
class TopologyDocument;
struct Lesson;

/// The teacher's classroom session in the window: a ClassHost that follows the lesson. Each
/// step's question is put to the class when the step is shown (and taken away on a step
/// without one); the teacher reveals the result and may ask again from the class panel. A
/// challenge step collects each student's tries. Students' ScaleLabs follow the run
/// (FollowPublisher).
class ClassroomSession : public QObject
{
    Q_OBJECT
public:
    ClassroomSession(LessonSession *lessons, TopologyDocument *document, SimulationController *controller,
                     QObject *parent = nullptr);

    /// Starts hosting on `port` (0: a free one) with `code` (empty: a random one).
    bool start(quint16 port, const QString &code, QString *error);
    void stop();
    /// Carries on `other`'s session here (the window rebuilt for another language): `other`
    /// stops, this one starts on its port with its code and answers, and the students'
    /// pages and ScaleLabs reconnect to it by themselves as the same students.
    bool takeOver(ClassroomSession &other, QString *error);
    bool running() const { return m_host.running(); }
    classroom::ClassHost &host() { return m_host; }
    const classroom::ClassHost &host() const { return m_host; }

    /// Lessons > Start Class Session... and Stop Class Session.
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }

    /// Step `step`'s question as the class answers it ("lesson-id#3"; none for a step
    /// without a question). Choices in the file's order: the class discusses them by name.
    static std::optional<classroom::ClassQuestion> questionOf(const Lesson &lesson, int step);
    /// Step `step`'s challenge as the class reports it, with its goals in words.
    static std::optional<classroom::ClassChallenge> challengeOf(const Lesson &lesson, int step);
    /// The id a step's question or challenge has in the class: "lesson-id#3" (step 3 of the lesson).
    static QString stepId(const Lesson &lesson, int step);

signals:
    void runningChanged(bool running);
    /// Start was chosen from the menu: the window asks for the port (the panel does).
    void startRequested();

private:
    void followLesson();

    LessonSession *m_lessons;
    classroom::ClassHost m_host;
    FollowPublisher *m_publisher = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
};

} // namespace scalelab
