// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonwriter.h"

#include "io/topologywriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace scalelab {

namespace {

QJsonArray checkpointsToJson(const QList<Checkpoint> &list)
{
    QJsonArray checkpoints;
    for (const Checkpoint &c : list) {
        QJsonObject checkpoint{{QStringLiteral("metric"), c.metric}, {QStringLiteral("op"), c.op},
                               {QStringLiteral("value"), c.value},   {QStringLiteral("by_s"), c.byS}};
        if (!c.says.isEmpty())
            checkpoint.insert(QStringLiteral("says"), c.says);
        checkpoints.append(checkpoint);
    }
    return checkpoints;
}

QJsonObject challengeToJson(const LessonChallenge &challenge)
{
    QJsonObject object{{QStringLiteral("goal"), challenge.goal},
                       {QStringLiteral("checkpoints"), checkpointsToJson(challenge.checkpoints)},
                       {QStringLiteral("solution"), challenge.solution}};
    if (!challenge.nodeTypes.isEmpty())
        object.insert(QStringLiteral("node_types"), QJsonArray::fromStringList(challenge.nodeTypes));
    if (!challenge.settings.isEmpty())
        object.insert(QStringLiteral("settings"), QJsonArray::fromStringList(challenge.settings));
    if (!challenge.maxNodes.isEmpty()) {
        QJsonObject limits;
        for (auto it = challenge.maxNodes.begin(); it != challenge.maxNodes.end(); ++it)
            limits.insert(it.key(), it.value());
        object.insert(QStringLiteral("max_nodes"), limits);
    }
    if (!challenge.hints.isEmpty())
        object.insert(QStringLiteral("hints"), QJsonArray::fromStringList(challenge.hints));
    return object;
}

QJsonObject exploreToJson(const LessonExplore &explore)
{
    QJsonArray values;
    for (double value : explore.values)
        values.append(value);
    QJsonObject object{{QStringLiteral("parameter"), explore.parameter},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("metric"), explore.metric},
                       {QStringLiteral("seeds"), explore.seeds}};
    if (!explore.label.isEmpty())
        object.insert(QStringLiteral("label"), explore.label);
    if (!explore.metricLabel.isEmpty())
        object.insert(QStringLiteral("metric_label"), explore.metricLabel);
    if (!explore.trend.isEmpty())
        object.insert(QStringLiteral("trend"), explore.trend);
    return object;
}

} // namespace

QJsonObject LessonWriter::toJson(const Lesson &lesson)
{
    QJsonArray steps;
    for (const LessonStep &step : lesson.steps) {
        QJsonObject object{{QStringLiteral("title"), step.title},
                           {QStringLiteral("narration"), step.narration},
                           {QStringLiteral("topology"), TopologyWriter::toJson(step.topology)},
                           {QStringLiteral("run_s"), step.runS}};
        if (!step.highlight.isEmpty())
            object.insert(QStringLiteral("highlight"), QJsonArray::fromStringList(step.highlight));
        if (step.question.isSet()) {
            const LessonQuestion &q = step.question;
            QJsonObject question{{QStringLiteral("prompt"), q.prompt}, {QStringLiteral("explanation"), q.explanation}};
            if (q.numeric) {
                QJsonObject numeric{{QStringLiteral("value"), q.numeric->value}, {QStringLiteral("tolerance"), q.numeric->tolerance}};
                if (!q.numeric->unit.isEmpty())
                    numeric.insert(QStringLiteral("unit"), q.numeric->unit);
                question.insert(QStringLiteral("numeric"), numeric);
            } else {
                QJsonArray choices;
                for (qsizetype c = 0; c < q.choices.size(); ++c) {
                    if (q.feedbackFor(int(c)).isEmpty())
                        choices.append(q.choices[c]);
                    else
                        choices.append(QJsonObject{{QStringLiteral("text"), q.choices[c]}, {QStringLiteral("feedback"), q.feedbackFor(int(c))}});
                }
                question.insert(QStringLiteral("choices"), choices);
                question.insert(QStringLiteral("answer"), q.answer);
                if (q.ordered)
                    question.insert(QStringLiteral("ordered"), true);
            }
            object.insert(QStringLiteral("question"), question);
        }
        if (!step.checkpoints.isEmpty())
            object.insert(QStringLiteral("checkpoints"), checkpointsToJson(step.checkpoints));
        if (step.challenge)
            object.insert(QStringLiteral("challenge"), challengeToJson(*step.challenge));
        if (step.explore)
            object.insert(QStringLiteral("explore"), exploreToJson(*step.explore));
        steps.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("scalelab-lesson")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("id"), lesson.id},
                     {QStringLiteral("title"), lesson.title},
                     {QStringLiteral("steps"), steps}};
    if (!lesson.summary.isEmpty())
        root.insert(QStringLiteral("summary"), lesson.summary);
    if (lesson.locked)
        root.insert(QStringLiteral("locked"), true);
    return root;
}

QByteArray LessonWriter::toBytes(const Lesson &lesson)
{
    return QJsonDocument(toJson(lesson)).toJson(QJsonDocument::Indented);
}

bool LessonWriter::save(const Lesson &lesson, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    const QByteArray bytes = toBytes(lesson);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace scalelab
