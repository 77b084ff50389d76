#include "lessonsession.h"

#include "lessons/lessonreader.h"
#include "lessontranslation.h"
#include "metrics/report.h"
#include "sim/simulation.h"
#include "simulationcontroller.h"
#include "teachingorder.h"
#include "topologydocument.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>

namespace scalelab {

LessonSession::LessonSession(TopologyDocument *document, SimulationController *controller, QObject *parent)
    : QObject(parent), m_document(document), m_controller(controller)
{
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
    m_fileName = fileName;
    emit opened();
    goTo(0);
    return true;
}

void LessonSession::close()
{
    if (!m_lesson)
        return;
    m_lesson.reset();
    m_document->setLocked(false);
    emit closed();
}

void LessonSession::goTo(int index)
{
    if (!m_lesson || index < 0 || index >= stepCount())
        return;
    m_step = index;
    m_done = false;
    m_results = QList<std::optional<CheckpointResult>>(step().checkpoints.size());
    m_document->setLocked(false);
    m_document->reset(step().topology, QString());
    m_document->setLocked(m_lesson->locked);
    emit stepChanged(index);
    emit progressed();
}

void LessonSession::predict(const Prediction &prediction)
{
    if (!m_lesson || isPredictionLocked() || !step().question.isSet())
        return;
    m_predictions[m_step] = prediction;
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
