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

namespace scalelab {

LessonSession::LessonSession(TopologyDocument *document, SimulationController *controller, QObject *parent)
    : QObject(parent), m_document(document), m_controller(controller)
{
    connect(controller, &SimulationController::advanced, this, &LessonSession::follow);
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
        m_controller->pause();
        changed = true;
    }
    if (changed)
        emit progressed();
}

} // namespace scalelab
