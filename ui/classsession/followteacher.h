// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classroom/classclient.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace scalelab {

class LessonSession;
class RunControls;
class SimulationController;
class TopologyDocument;

/// A student's ScaleLab in the teacher's class (File > Join Class, `scalelab --join`): shows
/// the teacher's lesson step, topology and run, moment by moment, from what the teacher's app
/// sends (the step, the seed, the actions, the clock; the engine being deterministic, the
/// same run). Changing anything (an edit, another step, play, pause, the timeline) is
/// exploring on one's own: the teacher's run is no longer applied until "Follow the Teacher".
/// On a challenge step each student designs on their own; their graded tries go to the
/// teacher. A prediction made in the lesson panel is the student's answer to the class's
/// question; the class bar answers a second vote.
class FollowTeacher : public QObject
{
    Q_OBJECT
public:
    FollowTeacher(LessonSession *lessons, TopologyDocument *document, SimulationController *controller,
                  RunControls *runControls, QWidget *window);

    /// Asked before the teacher's topology replaces the canvas: false keeps the student's work.
    void setMaybeSave(std::function<bool()> maybeSave) { m_maybeSave = std::move(maybeSave); }

    /// Joins the class at `host`:`port` (the page's port, as the teacher's screen shows it).
    void join(const QString &host, quint16 port, const QString &code, const QString &name);
    void leave();
    /// Carries on `other`'s place in the class here (the window rebuilt for another language):
    /// `other` leaves, this one joins as the same student, following or exploring as it was.
    void takeOver(FollowTeacher &other);
    /// File > Join Class... (asks for the address, code and name), Leave Class, Follow the Teacher.
    QAction *joinAction() const { return m_join; }
    QAction *leaveAction() const { return m_leave; }
    QAction *followAction() const { return m_follow; }

    const classroom::ClassClient &client() const { return m_client; }
    bool isInClass() const;
    /// The teacher's run is applied as it comes (not exploring on one's own).
    bool isFollowing() const { return m_following; }
    /// Where the student is in the class, in words, for the class bar.
    QString statusText() const;
    /// Answers the class's question open now (the class bar's menu): a choice, or a number.
    void answerClass(const classroom::StudentAnswer &answer);

signals:
    void statusChanged();

private:
    void askToJoin();
    void followAgain();
    void explore();
    void apply();
    bool applyLessonStep(const classroom::FollowState &state);
    bool applyTopology(const classroom::FollowState &state);
    void applyClock();
    void sendPrediction();
    void reportChallenge();
    QString currentStepId() const;

    LessonSession *m_lessons;
    TopologyDocument *m_document;
    SimulationController *m_controller;
    RunControls *m_runControls;
    QWidget *m_window;
    classroom::ClassClient m_client;
    std::function<bool()> m_maybeSave;
    QAction *m_join = nullptr;
    QAction *m_leave = nullptr;
    QAction *m_follow = nullptr;
    bool m_following = false;
    bool m_applying = false;        ///< the changes now are the teacher's, not the student's
    QJsonObject m_appliedTopology;  ///< the teacher's topology the canvas shows (empty: none)
    QJsonArray m_appliedActions;
    QElapsedTimer m_clockAge;       ///< since the last clock came: a playing run has moved on
    QMap<QString, int> m_reportedTries;  ///< by challenge id
    QString m_problem;              ///< why the teacher's run cannot be shown, or ""
};

} // namespace scalelab
