// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/classroomsession.h"

#include "classsession/followpublisher.h"
#include "lessons/checkpointphrase.h"
#include "lessons/lessonsession.h"

#include <QAction>
#include <QRegularExpression>

namespace scalelab {

ClassroomSession::ClassroomSession(LessonSession *lessons, TopologyDocument *document, SimulationController *controller,
                                   QObject *parent)
    : QObject(parent), m_lessons(lessons), m_publisher(new FollowPublisher(&m_host, lessons, document, controller, this))
{
    m_start = new QAction(tr("Start &Class Session\u2026"), this);
    m_start->setObjectName(QStringLiteral("startClassAction"));
    m_start->setStatusTip(tr("Let students join from their own devices on this network and answer each step's question"));
    connect(m_start, &QAction::triggered, this, &ClassroomSession::startRequested);
    m_stop = new QAction(tr("Stop Class Session"), this);
    m_stop->setObjectName(QStringLiteral("stopClassAction"));
    m_stop->setEnabled(false);
    connect(m_stop, &QAction::triggered, this, &ClassroomSession::stop);
    connect(m_lessons, &LessonSession::stepChanged, this, &ClassroomSession::followLesson);
    connect(m_lessons, &LessonSession::opened, this, &ClassroomSession::followLesson);
    connect(m_lessons, &LessonSession::closed, this, &ClassroomSession::followLesson);
}

bool ClassroomSession::start(quint16 port, const QString &code, QString *error)
{
    if (!m_host.start(port, code, error))
        return false;
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    followLesson();
    m_publisher->setActive(true);
    emit runningChanged(true);
    return true;
}

void ClassroomSession::stop()
{
    if (!m_host.running())
        return;
    m_publisher->setActive(false);
    m_host.stop();
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
    emit runningChanged(false);
}

bool ClassroomSession::takeOver(ClassroomSession &other, QString *error)
{
    if (!other.running())
        return true;
    const quint16 port = other.m_host.port();
    const QString code = other.m_host.code();
    other.stop();  // closes the ports for this session to open them again
    m_host.restoreSession(other.m_host.session());
    return start(port, code, error);
}

std::optional<classroom::ClassQuestion> ClassroomSession::questionOf(const Lesson &lesson, int step)
{
    if (step < 0 || step >= static_cast<int>(lesson.steps.size()) || !lesson.steps[step].question.isSet())
        return std::nullopt;
    const LessonQuestion &source = lesson.steps[step].question;
    classroom::ClassQuestion q;
    q.id = stepId(lesson, step);
    q.prompt = source.prompt;
    if (source.isNumeric()) {
        q.numericAnswer = source.numeric->value;
        q.tolerance = source.numeric->tolerance;
        q.unit = source.numeric->unit;
    } else {
        q.choices = source.choices;
        q.answer = source.answer;
    }
    return q;
}

QString ClassroomSession::stepId(const Lesson &lesson, int step)
{
    // The protocol's ids are words: a lesson id with other characters is made one.
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_.-]"));
    return QStringLiteral("%1#%2").arg(QString(lesson.id).replace(other, QStringLiteral("-")).left(70)).arg(step + 1);
}

std::optional<classroom::ClassChallenge> ClassroomSession::challengeOf(const Lesson &lesson, int step)
{
    if (step < 0 || step >= static_cast<int>(lesson.steps.size()) || !lesson.steps[step].challenge)
        return std::nullopt;
    classroom::ClassChallenge challenge{stepId(lesson, step), lesson.steps[step].title, {}};
    for (const Checkpoint &goal : lesson.steps[step].challenge->checkpoints)
        challenge.goals << CheckpointPhrase::claim(goal);
    return challenge;
}

void ClassroomSession::followLesson()
{
    if (!m_host.running())
        return;
    const bool open = m_lessons->isOpen();
    // The challenge first: the question (or none) then goes out to the pages with it.
    const auto challenge = open ? challengeOf(m_lessons->lesson(), m_lessons->stepIndex()) : std::nullopt;
    if (challenge)
        m_host.putChallenge(*challenge);
    else
        m_host.clearChallenge();
    const auto question = open ? questionOf(m_lessons->lesson(), m_lessons->stepIndex()) : std::nullopt;
    if (question)
        m_host.putQuestion(*question);
    else
        m_host.clearQuestion();
}

} // namespace scalelab
