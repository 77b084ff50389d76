// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/classroomsession.h"

#include "lessons/lessonsession.h"

#include <QAction>
#include <QRegularExpression>

namespace scalelab {

ClassroomSession::ClassroomSession(LessonSession *lessons, QObject *parent) : QObject(parent), m_lessons(lessons)
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
    emit runningChanged(true);
    return true;
}

void ClassroomSession::stop()
{
    if (!m_host.running())
        return;
    m_host.stop();
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
    emit runningChanged(false);
}

std::optional<classroom::ClassQuestion> ClassroomSession::questionOf(const Lesson &lesson, int step)
{
    if (step < 0 || step >= static_cast<int>(lesson.steps.size()) || !lesson.steps[step].question.isSet())
        return std::nullopt;
    const LessonQuestion &source = lesson.steps[step].question;
    classroom::ClassQuestion q;
    // The protocol's question ids are words: a lesson id with other characters is made one.
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_.-]"));
    q.id = QStringLiteral("%1#%2").arg(QString(lesson.id).replace(other, QStringLiteral("-")).left(70)).arg(step + 1);
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

void ClassroomSession::followLesson()
{
    if (!m_host.running())
        return;
    const auto question = m_lessons->isOpen() ? questionOf(m_lessons->lesson(), m_lessons->stepIndex()) : std::nullopt;
    if (question)
        m_host.putQuestion(*question);
    else
        m_host.clearQuestion();
}

} // namespace scalelab
