#pragma once

#include "lessons/checkpoint.h"
#include "lessons/lesson.h"
#include "lessons/prediction.h"

#include <QObject>

#include <optional>

namespace scalelab {

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

public slots:
    void goTo(int index);
    void next();
    void back();
    void restart();

signals:
    void opened();
    void closed();
    void stepChanged(int index);
    /// The run moved: the results or the done state may have changed.
    void progressed();

private:
    void follow();

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
};

} // namespace scalelab
