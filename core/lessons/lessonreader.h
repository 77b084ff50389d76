// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"
#include "model/diagnostic.h"

#include <QJsonObject>

#include <optional>

namespace scalelab {

/// Limits that keep a lesson file from a stranger from exhausting memory or time.
struct LessonLimits
{
    qint64 maxFileBytes = 4 * 1024 * 1024;
    int maxSteps = 200;
    int maxTextLength = 100'000;   ///< narration, question, explanation
    int maxChoices = 10;
    int maxChangesPerStep = 500;
    int maxCheckpointsPerStep = 20;
    int maxHints = 10;
    int maxExploreValues = 40;
    int maxExploreSeeds = 10;
    double maxRunS = 3600.0;       ///< a step runs at most an hour of simulated time
};

/// Loads a `*.lesson.json` file (docs/LESSON_FORMAT.md). A step's topology is a file
/// ("topology": "name.scalelab.json", relative to the lesson, or "example:name" for a
/// built-in example), a whole topology object, or changes to the previous step's
/// ("changes": [...]); every step's topology must then read as a valid topology file. Every
/// problem is collected with its JSON path, as the topology reader does.
class LessonReader
{
public:
    explicit LessonReader(LessonLimits limits = {}) : m_limits(limits) {}

    /// Where "example:name" resolves (":/examples" in the app, the source tree in tests).
    void setExamplesDirectory(const QString &directory) { m_examples = directory; }

    std::optional<Lesson> readFile(const QString &fileName);
    std::optional<Lesson> readBytes(const QByteArray &json, const QString &baseDirectory = QString());

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    QString errorText() const { return m_diagnostics.format(m_fileName); }

private:
    bool readStep(const QJsonObject &object, const QString &path, const Topology *previous, LessonStep &step);
    std::optional<Topology> stepTopology(const QJsonObject &object, const QString &path, const Topology *previous);
    void readQuestion(const QJsonObject &object, const QString &path, LessonQuestion &question);
    void readCheckpoint(const QJsonObject &object, const QString &path, Checkpoint &checkpoint);
    void readCheckpoints(const QJsonValue &value, const QString &path, double defaultByS, QList<Checkpoint> &checkpoints);
    void readChallenge(const QJsonObject &object, const QString &path, LessonStep &step);
    void readExplore(const QJsonObject &object, const QString &path, LessonStep &step);

    LessonLimits m_limits;
    QString m_examples = QStringLiteral(":/examples");
    QString m_baseDirectory;
    Diagnostics m_diagnostics;
    QString m_fileName;
};

} // namespace scalelab
