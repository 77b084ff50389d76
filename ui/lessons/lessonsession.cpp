// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonsession.h"

#include "document/teachingorder.h"
#include "document/topologydocument.h"
#include "lessons/challengegrader.h"
#include "lessons/explorecurverunner.h"
#include "lessons/lessonreader.h"
#include "lessons/lessontranslation.h"
#include "report/report.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace scalelab {

LessonSession::LessonSession(TopologyDocument *document, SimulationController *controller, QObject *parent)
    : QObject(parent), m_document(document), m_controller(controller), m_grader(new ChallengeGrader(this)),
      m_curveRunner(new ExploreCurveRunner(this))
{
    connect(m_grader, &ChallengeGrader::progressed, this, &LessonSession::challengeChanged);
    connect(m_grader, &ChallengeGrader::graded, this, &LessonSession::graded);
    connect(m_curveRunner, &ExploreCurveRunner::progressed, this, &LessonSession::exploreChanged);
    connect(m_curveRunner, &ExploreCurveRunner::finished, this, [this] {
        if (m_curveStep >= 0 && m_curveStep < m_curves.size())
            m_curves[m_curveStep] = m_curveRunner->curve();
        m_curveStep = -1;
        emit exploreChanged();
    });
    connect(controller, &SimulationController::advanced, this, &LessonSession::follow);
    QSettings settings;
    const QString keyName = QStringLiteral("lessons/studentKey");
    if (!settings.contains(keyName))
        settings.setValue(keyName, QString::number(QRandomGenerator::system()->generate64()));
    m_studentKey = settings.value(keyName).toString().toULongLong();
}

QString LessonSession::builtInLesson(const QString &id)
{
    return QStringLiteral(":/lessons/%1.lesson.json").arg(id);
}

QStringList LessonSession::builtInLessons()
{
    QStringList ids;
    for (const QString &file : QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.lesson.json")}, QDir::Files, QDir::Name))
        ids << file.chopped(QStringLiteral(".lesson.json").size());
    return TeachingOrder::sorted(ids, QStringLiteral("lessons"));
}

bool LessonSession::open(const QString &fileName, QString *error)
{
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(":/examples"));
    std::optional<Lesson> lesson = reader.readFile(fileName);
    if (!lesson) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    translateLesson(*lesson);
    m_lesson = std::move(lesson);
    const qsizetype steps = m_lesson->steps.size();
    m_predictions = QList<Prediction>(steps);
    m_locked = QList<bool>(steps, false);
    m_revealed = QList<bool>(steps, false);
    m_designs = QList<std::optional<Topology>>(steps);
    m_tries = QList<int>(steps, 0);
    m_grades = QList<std::optional<ChallengeGrade>>(steps);
    m_met = QList<bool>(steps, false);
    m_gradingStep = -1;
    m_plans = QList<std::optional<SweepPlan>>(steps);
    m_exploreIndex = QList<int>(steps, 0);
    m_curves = QList<QList<ExplorePoint>>(steps);
    m_curveStep = -1;
    for (qsizetype i = 0; i < steps; ++i) {
        const LessonStep &step = m_lesson->steps[i];
        if (!step.explore)
            continue;
        QString ignored;  // the reader has built the same plan
        m_plans[i] = explorePlan(*step.explore, step.topology, &ignored);
        if (!m_plans[i])
            continue;
        // The slider starts at the value the step's topology has (the nearest, if between two).
        const double value = exploreValue(*m_plans[i], step.topology).value_or(step.explore->values.constFirst());
        int nearest = 0;
        for (int v = 1; v < step.explore->values.size(); ++v) {
            if (std::abs(step.explore->values[v] - value) < std::abs(step.explore->values[nearest] - value))
                nearest = v;
        }
        m_exploreIndex[i] = nearest;
    }
    m_stepShown = false;  // the step index is the last lesson's: no design to remember
    m_fileName = fileName;
    emit opened();
    goTo(0);
    return true;
}

void LessonSession::close()
{
    if (!m_lesson)
        return;
    m_gradingStep = -1;
    m_curveStep = -1;
    m_lesson.reset();
    m_document->setLocked(false);
    emit closed();
}

void LessonSession::goTo(int index)
{
    if (!m_lesson || index < 0 || index >= stepCount())
        return;
    rememberDesign();
    m_step = index;
    m_stepShown = true;
    m_done = false;
    m_results = QList<std::optional<CheckpointResult>>(step().checkpoints.size());
    m_document->setLocked(false);
    m_document->reset(shownTopology(), QString());
    // A challenge is the student's to change, within its rules, even in a locked lesson.
    m_document->setLocked(m_lesson->locked && !step().challenge);
    if (step().explore && m_curves[m_step].isEmpty())
        startCurve();
    emit stepChanged(index);
    emit progressed();
    emit challengeChanged();
    emit exploreChanged();
}

Topology LessonSession::shownTopology() const
{
    if (step().challenge) {
        Topology design = m_designs[m_step].value_or(step().topology);
        design.seed = challengeSeed();
        return design;
    }
    if (step().explore && m_plans[m_step]) {
        Topology shown = m_plans[m_step]->variants().value(exploreIndex()).topology;
        shown.name = step().title;
        return shown;
    }
    return step().topology;
}

void LessonSession::rememberDesign()
{
    if (m_lesson && m_stepShown && m_step < stepCount() && step().challenge)
        m_designs[m_step] = m_document->topology();
}

const LessonChallenge *LessonSession::challenge() const
{
    return m_lesson && m_step >= 0 && step().challenge ? &*step().challenge : nullptr;
}

std::uint64_t LessonSession::challengeSeed() const
{
    return m_lesson ? scalelab::challengeSeed(m_studentKey, m_lesson->id, m_step) : 0;
}

bool LessonSession::isGrading() const
{
    return m_gradingStep >= 0 && m_gradingStep == m_step;
}

double LessonSession::gradingProgress() const
{
    return isGrading() ? m_grader->progress() : 0.0;
}

int LessonSession::shownHints() const
{
    const LessonChallenge *c = challenge();
    if (!c)
        return 0;
    const int missed = challengeTries() - (m_met.value(m_step) ? 1 : 0);
    return std::clamp(missed, 0, int(c->hints.size()));
}

int LessonSession::metChallenges() const
{
    return int(std::count(m_met.begin(), m_met.end(), true));
}

int LessonSession::challengeCount() const
{
    if (!m_lesson)
        return 0;
    return int(std::count_if(m_lesson->steps.begin(), m_lesson->steps.end(), [](const LessonStep &s) { return s.challenge.has_value(); }));
}

void LessonSession::checkChallenge()
{
    const LessonChallenge *c = challenge();
    if (!c)
        return;
    Topology attempt = m_document->topology();
    m_gradingStep = m_step;
    m_grader->start(*c, step().topology, attempt, challengeSeed());
    emit challengeChanged();
}

void LessonSession::graded()
{
    const int gradedStep = m_gradingStep;
    m_gradingStep = -1;
    if (!m_lesson || gradedStep < 0 || gradedStep >= stepCount())
        return;
    const ChallengeGrade &grade = m_grader->grade();
    // A passed challenge stays passed: a later try that breaks it is feedback, not a loss.
    if (!m_met[gradedStep] || !grade.passed())
        ++m_tries[gradedStep];
    m_met[gradedStep] = m_met[gradedStep] || grade.passed();
    m_grades[gradedStep] = grade;
    emit challengeChanged();
    emit progressed();
}

void LessonSession::startChallengeOver()
{
    if (!challenge())
        return;
    m_designs[m_step].reset();
    m_document->reset(shownTopology(), QString());
    emit challengeChanged();
}

const LessonExplore *LessonSession::explore() const
{
    return m_lesson && m_step >= 0 && step().explore ? &*step().explore : nullptr;
}

bool LessonSession::isCurveComputing() const
{
    return m_curveStep >= 0 && m_curveStep == m_step && m_curveRunner->isRunning();
}

int LessonSession::curveRunsDone() const
{
    return isCurveComputing() ? m_curveRunner->runsDone() : 0;
}

int LessonSession::curveRunCount() const
{
    return isCurveComputing() ? m_curveRunner->runCount() : 0;
}

void LessonSession::startCurve()
{
    m_curveError.clear();
    m_curveStep = m_step;
    if (!m_curveRunner->start(*step().explore, step().topology, step().runS, &m_curveError))
        m_curveStep = -1;
}

void LessonSession::setExploreIndex(int index)
{
    const LessonExplore *e = explore();
    if (!e || index < 0 || index >= e->values.size() || !m_plans[m_step])
        return;
    m_exploreIndex[m_step] = index;
    m_done = false;
    m_results = QList<std::optional<CheckpointResult>>(step().checkpoints.size());
    const bool locked = m_document->isLocked();
    m_document->setLocked(false);
    m_document->reset(shownTopology(), QString());
    m_document->setLocked(locked);
    m_controller->run();
    emit exploreChanged();
    emit progressed();
}

void LessonSession::predict(const Prediction &prediction)
{
    if (!m_lesson || isPredictionLocked() || !step().question.isSet())
        return;
    m_predictions[m_step] = prediction;
    emit predictionMade();
    emit progressed();
}

QList<int> LessonSession::choiceOrder() const
{
    if (!m_lesson)
        return {};
    return scalelab::choiceOrder(step().question, m_studentKey, m_lesson->id, m_step);
}

int LessonSession::revealedQuestions() const
{
    return int(std::count(m_revealed.begin(), m_revealed.end(), true));
}

int LessonSession::rightPredictions() const
{
    int right = 0;
    for (qsizetype i = 0; i < m_revealed.size(); ++i)
        right += m_revealed[i] && isRightPrediction(m_lesson->steps[i].question, m_predictions[i]) ? 1 : 0;
    return right;
}

int LessonSession::questionCount() const
{
    if (!m_lesson)
        return 0;
    return int(std::count_if(m_lesson->steps.begin(), m_lesson->steps.end(), [](const LessonStep &s) { return s.question.isSet(); }));
}

void LessonSession::next()
{
    goTo(m_step + 1);
}

void LessonSession::back()
{
    goTo(m_step - 1);
}

void LessonSession::restart()
{
    goTo(m_step);
}

void LessonSession::follow()
{
    const Simulation *simulation = m_controller->simulation();
    if (!m_lesson || !simulation)
        return;
    const double now = simulation->now().s();
    bool changed = false;
    if (!m_locked[m_step] && now > 0 && step().question.isSet()) {
        m_locked[m_step] = true;
        changed = true;
    }
    QJsonObject report;
    for (int i = 0; i < m_results.size(); ++i) {
        const Checkpoint &checkpoint = step().checkpoints[i];
        if (m_results[i] || now < checkpoint.byS)
            continue;
        // Read once, when the run passes by_s: what the class sees then is what it claims.
        if (report.isEmpty())
            report = Report::toJson(*simulation, 0.0);
        CheckpointResult result;
        result.checkpoint = checkpoint;
        result.actual = reportValue(report, checkpoint.metric);
        result.passed = result.actual && compareCheckpoint(*result.actual, checkpoint.op, checkpoint.value);
        m_results[i] = result;
        changed = true;
    }
    if (!m_done && now >= step().runS) {
        m_done = true;
        m_revealed[m_step] = m_revealed[m_step] || step().question.isSet();
        m_controller->pause();
        changed = true;
    }
    if (changed)
        emit progressed();
}

} // namespace scalelab
