// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/followteacher.h"

#include "classsession/classroomsession.h"
#include "classsession/joinclassdialog.h"
#include "document/topologydocument.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "lessons/lessonsession.h"
#include "run/runcontrols.h"
#include "run/simulationcontroller.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopedValueRollback>
#include <QWidget>

#include <cmath>

namespace scalelab {

namespace {
// A playing run within this much simulated time of the teacher's is left alone (a seek
// restarts the moving dots); at 10x the window is ten times wider.
constexpr double kPlayingToleranceMs = 300;
} // namespace

FollowTeacher::FollowTeacher(LessonSession *lessons, TopologyDocument *document, SimulationController *controller,
                             RunControls *runControls, QWidget *window)
    : QObject(window), m_lessons(lessons), m_document(document), m_controller(controller), m_runControls(runControls),
      m_window(window)
{
    m_join = new QAction(tr("&Join Class\u2026"), this);
    m_join->setObjectName(QStringLiteral("joinClassAction"));
    m_join->setStatusTip(tr("Follow your teacher's lesson and run on this computer, and answer the class's questions"));
    connect(m_join, &QAction::triggered, this, &FollowTeacher::askToJoin);
    m_leave = new QAction(tr("&Leave Class"), this);
    m_leave->setObjectName(QStringLiteral("leaveClassAction"));
    connect(m_leave, &QAction::triggered, this, &FollowTeacher::leave);
    m_follow = new QAction(tr("&Follow the Teacher"), this);
    m_follow->setObjectName(QStringLiteral("followTeacherAction"));
    m_follow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_follow->setToolTip(tr("Back to the teacher's step and run (Ctrl+Shift+F)"));
    connect(m_follow, &QAction::triggered, this, &FollowTeacher::followAgain);

    connect(&m_client, &classroom::ClassClient::stateChanged, this, [this] {
        if (m_client.state() == classroom::ClassClient::State::Joined)
            apply();
        emit statusChanged();
    });
    connect(&m_client, &classroom::ClassClient::followChanged, this, &FollowTeacher::apply);
    connect(&m_client, &classroom::ClassClient::clockChanged, this, [this] {
        m_clockAge.restart();
        applyClock();
    });
    connect(&m_client, &classroom::ClassClient::questionChanged, this, [this] {
        sendPrediction();
        emit statusChanged();
    });

    // What the student does on their own is exploring: the teacher's run waits until they
    // follow again. On a challenge step, designing and running it is the point: only leaving
    // the step counts.
    const auto exploreUnlessChallenge = [this] {
        if (!m_client.follow() || !m_client.follow()->challenge)
            explore();
    };
    connect(document, &TopologyDocument::changed, this, exploreUnlessChallenge);
    connect(controller, &SimulationController::timeJumped, this, exploreUnlessChallenge);
    for (QAction *action : runControls->runActions() + runControls->speedActions())
        connect(action, &QAction::triggered, this, exploreUnlessChallenge);
    connect(lessons, &LessonSession::stepChanged, this, &FollowTeacher::explore);
    connect(lessons, &LessonSession::opened, this, &FollowTeacher::explore);
    connect(lessons, &LessonSession::closed, this, &FollowTeacher::explore);
    connect(lessons, &LessonSession::predictionMade, this, &FollowTeacher::sendPrediction);
    connect(lessons, &LessonSession::challengeChanged, this, &FollowTeacher::reportChallenge);
    connect(this, &FollowTeacher::statusChanged, this, [this] {
        m_leave->setEnabled(isInClass());
        m_follow->setEnabled(isInClass() && !m_following);
    });
    emit statusChanged();
}

bool FollowTeacher::isInClass() const
{
    using State = classroom::ClassClient::State;
    return m_client.state() == State::Connecting || m_client.state() == State::Joined || m_client.state() == State::Reconnecting;
}

void FollowTeacher::askToJoin()
{
    JoinClassDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    join(dialog.host(), dialog.port(), dialog.code(), dialog.name());
}

void FollowTeacher::join(const QString &host, quint16 port, const QString &code, const QString &name)
{
    // The teacher's topology replaces the canvas: the student's own work is saved first.
    if (m_maybeSave && !m_maybeSave())
        return;
    m_following = true;
    m_appliedTopology = QJsonObject();
    m_problem.clear();
    m_client.join(host, port, code, name);
}

void FollowTeacher::leave()
{
    m_client.leave();
    m_following = false;
    emit statusChanged();
}

void FollowTeacher::takeOver(FollowTeacher &other)
{
    if (!other.isInClass())
        return;
    const classroom::ClassClient &client = other.m_client;
    const QString host = client.host(), code = client.code(), name = client.name(), token = client.token();
    const quint16 port = client.port();
    const bool following = other.m_following;
    other.leave();
    m_following = following;
    m_appliedTopology = QJsonObject();
    m_client.join(host, port, code, name, token);
}

void FollowTeacher::followAgain()
{
    if (!isInClass())
        return;
    m_following = true;
    m_appliedTopology = QJsonObject();  // the student changed the canvas: show the teacher's again
    apply();
    emit statusChanged();
}

void FollowTeacher::explore()
{
    if (!m_following || m_applying || !isInClass())
        return;
    m_following = false;
    emit statusChanged();
}

void FollowTeacher::apply()
{
    if (!m_following || !m_client.follow())
        return;
    const classroom::FollowState state = *m_client.follow();
    {
        QScopedValueRollback applying(m_applying, true);
        m_problem.clear();
        if (applyLessonStep(state) && !state.challenge)
            applyTopology(state);
    }
    applyClock();
    emit statusChanged();
}

bool FollowTeacher::applyLessonStep(const classroom::FollowState &state)
{
    if (state.lesson.isEmpty()) {
        m_lessons->close();  // the teacher shows a topology of their own
        return true;
    }
    const QString file = LessonSession::builtInLesson(state.lesson);
    if (!LessonSession::builtInLessons().contains(state.lesson)) {
        m_problem = tr("the teacher's lesson \"%1\" is not in this ScaleLab: is it an older version?").arg(state.lesson);
        return true;  // the run can still be shown
    }
    if (!m_lessons->isOpen() || m_lessons->fileName() != file) {
        QString error;
        if (!m_lessons->open(file, &error)) {
            m_problem = error;
            return false;
        }
        m_appliedTopology = QJsonObject();
    }
    if (state.step != m_lessons->stepIndex() && state.step < m_lessons->stepCount()) {
        m_lessons->goTo(state.step);
        m_appliedTopology = QJsonObject();
    }
    return true;
}

bool FollowTeacher::applyTopology(const classroom::FollowState &state)
{
    if (!m_appliedTopology.isEmpty() && state.topology == m_appliedTopology && state.actions == m_appliedActions)
        return true;
    // Read like a file from a stranger: the reader checks every field and the limits.
    TopologyReader reader;
    std::optional<Topology> topology = reader.readBytes(QJsonDocument(state.topology).toJson(QJsonDocument::Compact));
    QJsonObject withActions = state.topology;
    withActions.insert(QStringLiteral("events"), state.actions);
    TopologyReader actionReader;
    const std::optional<Topology> actions = actionReader.readBytes(QJsonDocument(withActions).toJson(QJsonDocument::Compact));
    if (!topology || !actions) {
        m_problem = tr("the teacher's topology cannot be shown: %1").arg(topology ? actionReader.errorText() : reader.errorText());
        return false;
    }
    if (TopologyWriter::toJson(m_document->topology()) != state.topology)
        m_document->reset(*topology, QString());  // the window's bridge starts its run
    else if (!state.actions.isEmpty() || m_controller->furthest() > SimTime{})
        m_controller->setTopology(m_document->topology());  // the same topology, afresh
    if (!m_controller->addRecordedActions(actions->events)) {
        m_problem = tr("the teacher's actions cannot be repeated here");
        return false;
    }
    m_appliedTopology = state.topology;
    m_appliedActions = state.actions;
    return true;
}

void FollowTeacher::applyClock()
{
    const auto &state = m_client.follow();
    if (!m_following || !state || state->challenge || m_appliedTopology.isEmpty() || !m_controller->simulation())
        return;
    QScopedValueRollback applying(m_applying, true);
    const classroom::FollowClock clock = m_client.clock();
    if (m_controller->speed() != clock.speed)
        m_runControls->setSpeed(clock.speed);
    // A playing run has moved on since the clock was sent; a paused one is at that very moment.
    const double sinceClockMs = m_clockAge.isValid() ? double(m_clockAge.elapsed()) : 0.0;
    const double targetMs = clock.atMs + (clock.running ? sinceClockMs * clock.speed : 0.0);
    const double tolerance = clock.running ? kPlayingToleranceMs * std::max(1.0, clock.speed) : 0.0005;
    if (std::abs(m_controller->now().ms() - targetMs) > tolerance)
        m_controller->seek(SimTime::fromMs(targetMs));
    if (clock.running && !m_controller->isRunning())
        m_controller->run();
    else if (!clock.running && m_controller->isRunning())
        m_controller->pause();
}

QString FollowTeacher::currentStepId() const
{
    return m_lessons->isOpen() ? ClassroomSession::stepId(m_lessons->lesson(), m_lessons->stepIndex()) : QString();
}

void FollowTeacher::sendPrediction()
{
    const QJsonObject question = m_client.question();
    if (m_client.state() != classroom::ClassClient::State::Joined || question.value(QStringLiteral("state")).toString() != QLatin1String("open")
        || question.value(QStringLiteral("round")).toInt() != 1 || question.value(QStringLiteral("id")).toString() != currentStepId())
        return;
    const Prediction prediction = m_lessons->prediction();
    if (!prediction.isMade())
        return;
    classroom::StudentAnswer answer;
    if (prediction.number)
        answer.number = *prediction.number;
    else
        answer.choice = prediction.choice;
    const QJsonValue yours = question.value(QStringLiteral("yours"));
    if (!yours.isUndefined() && yours.toDouble() == (prediction.number ? answer.number : double(answer.choice)))
        return;  // the teacher's app has it
    m_client.answer(currentStepId(), 1, answer);
}

void FollowTeacher::answerClass(const classroom::StudentAnswer &answer)
{
    const QJsonObject question = m_client.question();
    if (question.value(QStringLiteral("state")).toString() == QLatin1String("open"))
        m_client.answer(question.value(QStringLiteral("id")).toString(), question.value(QStringLiteral("round")).toInt(), answer);
}

void FollowTeacher::reportChallenge()
{
    if (m_client.state() != classroom::ClassClient::State::Joined || !m_lessons->isOpen() || !m_lessons->challenge()
        || m_lessons->isGrading() || !m_lessons->challengeGrade())
        return;
    const QString id = currentStepId();
    if (m_reportedTries.value(id) >= m_lessons->challengeTries())
        return;
    m_reportedTries[id] = m_lessons->challengeTries();
    const ChallengeGrade grade = *m_lessons->challengeGrade();
    QList<std::optional<double>> figures;
    for (const GoalResult &goal : grade.goals)
        figures << goal.actual;
    m_client.reportChallenge(id, grade.passed(), figures);
}

QString FollowTeacher::statusText() const
{
    using State = classroom::ClassClient::State;
    switch (m_client.state()) {
    case State::Idle:
        return QString();
    case State::Connecting:
        return tr("Joining the class at %1\u2026").arg(m_client.address());
    case State::Reconnecting:
        return tr("The connection to the class was lost; trying again\u2026");
    case State::Ended:
        return tr("Not in the class: %1").arg(m_client.endReason());
    case State::Joined:
        break;
    }
    QString text = !m_following                                           ? tr("In class as %1 \u00b7 exploring on your own").arg(m_client.name())
                   : m_client.follow() && m_client.follow()->challenge ? tr("In class as %1 \u00b7 the challenge is yours to solve").arg(m_client.name())
                                                                        : tr("In class as %1 \u00b7 following the teacher").arg(m_client.name());
    const QJsonObject question = m_client.question();
    const QJsonArray rounds = question.value(QStringLiteral("rounds")).toArray();
    if (question.value(QStringLiteral("state")).toString() == QLatin1String("revealed") && !rounds.isEmpty()) {
        const QJsonObject last = rounds.last().toObject();
        text += QStringLiteral(" \u00b7 ") + tr("the class: %1 of %2 right").arg(last.value(QStringLiteral("right")).toInt())
                                                 .arg(last.value(QStringLiteral("answered")).toInt());
    }
    if (!m_problem.isEmpty())
        text += QStringLiteral(" \u00b7 ") + m_problem;
    return text;
}

} // namespace scalelab
