#pragma once

#include "lessons/checkpoint.h"
#include "lessons/lesson.h"

#include <QObject>

#include <optional>

namespace scalelab {

class SimulationController;
class TopologyDocument;

/// A lesson being taught: which step is on, and what that step's run has shown so far. A
/// step starts from its own topology at time zero, so going back restores exactly what the
/// class saw then. The step runs to its run_s and pauses; then its question's answer shows,
/// and each checkpoint is read from the run's report at its by_s.
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
};

} // namespace scalelab
