// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>

namespace scalelab {

/// The seed a student's tries at a challenge run on: drawn from the student's key, the
/// lesson and the step, so a student is graded on a run of their own, the same at every try.
std::uint64_t challengeSeed(std::uint64_t studentKey, const QString &lessonId, int stepIndex);

/// A change a challenge does not allow, as facts the caller puts in words.
struct RuleBreak
{
    enum class Kind {
        NodeAdded,       ///< `node` of `type` added; the challenge does not let that type be added
        NodeUnlike,      ///< `node` added of an allowed type, but unlike any of its type there or a new one: `key` differs
        NodeRemoved,     ///< `node` of `type` removed
        SettingChanged,  ///< `node`'s `key` (or the top-level `key` when `node` is empty) changed
        TooManyNodes,    ///< `count` nodes of `type`, more than `limit`
        LinkChanged,     ///< the link `node` -> `key` added, removed or its latency changed
        ScenarioChanged, ///< the scripted events differ
    };
    Kind kind = Kind::SettingChanged;
    // Braced so that a break naming only some of these needs no empty strings (-Wextra).
    QString node{};
    QString type{};
    QString key{};
    int count = 0;
    int limit = 0;
    bool operator==(const RuleBreak &) const = default;
};

/// A rule break in English, for the CLI and the reader's messages ("web1.weight changed").
/// The window words them itself, translated.
QString ruleBreakText(const RuleBreak &rule, const LessonChallenge &challenge);

/// What `attempt` changed of `given` (the step's topology) that `challenge` does not allow.
/// Positions on the canvas, the name and the seed never count.
QList<RuleBreak> challengeRuleBreaks(const LessonChallenge &challenge, const Topology &given, const Topology &attempt);

/// One goal of a challenge on one run.
struct GoalResult
{
    Checkpoint goal;
    std::optional<double> actual;  ///< empty: the report has no such figure
    bool met = false;
    /// How far the figure is from the goal, in its own unit (43 for p95 143 against "< 100");
    /// 0 when met.
    double miss = 0.0;
};

/// Every goal against the reports of the runs, one per distinct `by_s`.
QList<GoalResult> gradeGoals(const QList<Checkpoint> &goals, const std::map<double, QJsonObject> &reportsByS);

/// The reports a challenge's goals read: `topology` run on `seed` once per distinct `by_s`,
/// each as `scalelab-cli run --duration by_s` reports it. `progress` gets the share done
/// (0 to 1) about once a simulated second. Runs on the caller's thread: the window calls it
/// on a worker, touching nothing else.
std::map<double, QJsonObject> runGoals(const QList<Checkpoint> &goals, const Topology &topology, std::uint64_t seed,
                                       const std::function<void(double)> &progress = {});

/// A try at a challenge: the rules it breaks and each goal's result. Passed when no rule is
/// broken and every goal is met.
struct ChallengeGrade
{
    QList<RuleBreak> ruleBreaks;
    QList<GoalResult> goals;
    bool passed() const;
};

/// The step's topology with the challenge's solution applied, as the reader checks it;
/// nothing with `error` when a change does not apply or the result is not a valid topology.
std::optional<Topology> challengeSolution(const LessonStep &step, QString *error);

} // namespace scalelab
