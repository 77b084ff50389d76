// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/challenge.h"
#include "lessons/checkpoint.h"
#include "lessons/explore.h"
#include "lessons/lesson.h"
#include "lessons/prediction.h"

#include <QObject>

#include <optional>

namespace scalelab {

class ChallengeGrader;
class ExploreCurveRunner;
class SimulationController;
class TopologyDocument;

/// A lesson being taught: which step is on, and what that step's run has shown so far. A
/// step starts from its own topology at time zero, so going back restores exactly what the
/// class saw then. The step runs to its run_s and pauses; then its question's answer shows,
/// and each checkpoint is read from the run's report at its by_s.
///
/// Predictions: a student picks before the step runs; once the run has started the
/// prediction is locked (seeing the run first would make it no prediction), and it counts
/// for the lesson's score when the answer is revealed. Going back to a step shows the
/// locked prediction again; it cannot be changed.
///
/// Challenges: the canvas is the student's to change within the challenge's rules (even in a
/// locked lesson); the step runs on the student's own seed, and checkChallenge() grades the
/// canvas's topology on it off the window's thread. Each failed try shows one more hint.
/// Leaving the step keeps the design: coming back shows it again.
///
/// Explores: the step shows the topology with the slider's value; setExploreIndex() moves it
/// and runs again. The curve over every value is computed once per step, off the window's thread.
class LessonSession : public QObject
{
    Q_OBJECT

public:
    LessonSession(TopologyDocument *document, SimulationController *controller, QObject *parent = nullptr);

    /// Where ":/lessons/ID.lesson.json" and "example:" files are found.
    static QString builtInLesson(const QString &id);
    static QStringList builtInLessons();
    /// Reads a lesson file; on failure nothing changes and `error` says why.
    bool open(const QString &fileName, QString *error = nullptr);
    void close();

    bool isOpen() const { return m_lesson.has_value(); }
    const Lesson &lesson() const { return *m_lesson; }
    QString fileName() const { return m_fileName; }
    int stepIndex() const { return m_step; }
    int stepCount() const { return m_lesson ? static_cast<int>(m_lesson->steps.size()) : 0; }
    const LessonStep &step() const { return m_lesson->steps[m_step]; }
    /// The step's run reached run_s: the answer may be revealed.
    bool isStepDone() const { return m_done; }
    /// Checkpoint results so far (those whose by_s the run has not reached are absent).
    const QList<std::optional<CheckpointResult>> &results() const { return m_results; }

    /// The student's prediction for the current step (not made: isMade() is false).
    Prediction prediction() const { return m_predictions.value(m_step); }
    /// The step's run has started since the prediction could be made: it can no longer change.
    bool isPredictionLocked() const { return m_locked.value(m_step); }
    /// Records the student's prediction for the current step, unless it is locked.
    void predict(const Prediction &prediction);
    /// The order this student sees the current step's choices in (lessons/prediction.h).
    QList<int> choiceOrder() const;
    /// Which student this is, for the order of choices: kept in the settings, random on
    /// first use, so a student sees the same order each time and neighbours differ.
    std::uint64_t studentKey() const { return m_studentKey; }
    void setStudentKey(std::uint64_t key) { m_studentKey = key; }
    /// The lesson's score so far: questions whose answer has been revealed, and of those
    /// the ones predicted right. Nothing counts before its reveal, so the score never
    /// gives an answer away.
    int revealedQuestions() const;
    int rightPredictions() const;
    /// How many steps of the lesson ask a question.
    int questionCount() const;

    /// The current step's challenge, or null.
    const LessonChallenge *challenge() const;
    /// The seed the student's tries at the current step's challenge run on.
    std::uint64_t challengeSeed() const;
    /// Tries graded at the current step so far.
    int challengeTries() const { return m_tries.value(m_step); }
    /// The last grade at the current step, if any.
    std::optional<ChallengeGrade> challengeGrade() const { return m_grades.value(m_step); }
    bool isGrading() const;
    /// The share of the grading runs done, 0 to 1.
    double gradingProgress() const;
    /// How many of the challenge's hints to show: one per try that missed.
    int shownHints() const;
    /// Challenges met in this lesson so far, and how many it has.
    int metChallenges() const;
    int challengeCount() const;

    /// The current step's explore, or null.
    const LessonExplore *explore() const;
    /// Which of the explore's values the canvas shows.
    int exploreIndex() const { return m_exploreIndex.value(m_step); }
    /// The curve of the current step's explore: empty until computed.
    QList<ExplorePoint> exploreCurve() const { return m_curves.value(m_step); }
    bool isCurveComputing() const;
    int curveRunsDone() const;
    int curveRunCount() const;
    /// Why the curve could not be computed, or "".
    QString curveError() const { return m_curveError; }

public slots:
    void goTo(int index);
    void next();
    void back();
    void restart();
    /// Grades the canvas's topology against the current step's challenge.
    void checkChallenge();
    /// The canvas back to the challenge's starting topology (the tries and hints stay).
    void startChallengeOver();
    /// Shows the explore's `index`-th value on the canvas and runs the step with it.
    void setExploreIndex(int index);

signals:
    void opened();
    void closed();
    void stepChanged(int index);
    /// The run moved: the results or the done state may have changed.
    void progressed();
    /// The student picked (or changed) their prediction for the current step.
    void predictionMade();
    /// A grade started, moved on or came in.
    void challengeChanged();
    /// The explore's value or its curve changed.
    void exploreChanged();

private:
    void follow();
    /// The topology the current step shows: a challenge's saved design, an explore's value.
    Topology shownTopology() const;
    /// A challenge step's design, kept when the class leaves the step.
    void rememberDesign();
    void graded();
    void startCurve();

    TopologyDocument *m_document;
    SimulationController *m_controller;
    std::optional<Lesson> m_lesson;
    QString m_fileName;
    int m_step = 0;
    bool m_done = false;
    QList<std::optional<CheckpointResult>> m_results;
    QList<Prediction> m_predictions;  ///< per step
    QList<bool> m_locked;             ///< per step: the prediction is final
    QList<bool> m_revealed;           ///< per step: the answer has been shown
    std::uint64_t m_studentKey = 0;

    bool m_stepShown = false;                       ///< m_step is this lesson's and on the canvas
    QList<std::optional<Topology>> m_designs;       ///< per step: the student's challenge design
    QList<int> m_tries;                             ///< per step: graded tries
    QList<std::optional<ChallengeGrade>> m_grades;  ///< per step: the last grade
    QList<bool> m_met;                              ///< per step: a try met the goal
    ChallengeGrader *m_grader = nullptr;
    int m_gradingStep = -1;

    QList<std::optional<SweepPlan>> m_plans;        ///< per explore step: its topologies
    QList<int> m_exploreIndex;                      ///< per step
    QList<QList<ExplorePoint>> m_curves;            ///< per step: computed curves
    ExploreCurveRunner *m_curveRunner = nullptr;
    int m_curveStep = -1;
    QString m_curveError;
};

} // namespace scalelab
