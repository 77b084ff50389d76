// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonchallengebox.h"

#include "inspector/inspectorschema.h"
#include "lessons/checkpointphrase.h"
#include "lessons/lessonsession.h"
#include "settings/themecontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace scalelab {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

/// How far a goal was missed, to the figure's own scale: "321", "2.5", "0.042".
QString miss(double value)
{
    const double size = std::abs(value);
    return QLocale().toString(value, 'f', size >= 100.0 ? 0 : size >= 1.0 ? 1 : 3);
}

QString typeName(const QString &type)
{
    const std::optional<NodeType> known = nodeTypeFromName(type);
    return known ? InspectorSchemas::typeName(*known) : type;
}

/// "web server: workers" for "web_server.concurrency": the inspector's own words, so a
/// student finds the setting where it is edited; the file's key when the inspector has none.
QString settingName(const QString &setting)
{
    const QString owner = setting.section(QLatin1Char('.'), 0, 0);
    const std::optional<NodeType> type = nodeTypeFromName(owner);
    const QString wanted = type ? setting.section(QLatin1Char('.'), 1) : setting;  // as the schema names it
    const auto named = [&](const QString &name) {
        return type ? LessonChallengeBox::tr("%1: %2").arg(typeName(owner), name) : name;
    };
    for (const InspectorGroupSpec &group : type ? InspectorSchemas::node(*type) : InspectorSchemas::topology()) {
        if (!group.key.isEmpty() && group.key == wanted)
            return named(group.title);
        for (const InspectorFieldSpec &field : group.fields) {
            const QString full = group.key.isEmpty() ? field.key : group.key + QLatin1Char('.') + field.key;
            if (full == wanted)
                return named(group.key.isEmpty() ? field.label : LessonChallengeBox::tr("%1, %2").arg(group.title, field.label));
        }
    }
    return setting;
}

} // namespace

LessonChallengeBox::LessonChallengeBox(LessonSession *session, QWidget *parent)
    : QGroupBox(tr("Your turn: a challenge"), parent), m_session(session)
{
    setObjectName(QStringLiteral("lessonChallenge"));
    auto *layout = new QVBoxLayout(this);
    m_goal = new QLabel(this);
    m_goal->setObjectName(QStringLiteral("challengeGoal"));
    m_goal->setTextFormat(Qt::RichText);
    m_goal->setWordWrap(true);
    m_allowed = new QLabel(this);
    m_allowed->setWordWrap(true);
    ThemeController::useMutedText(m_allowed);
    m_goals = new QLabel(this);
    m_goals->setObjectName(QStringLiteral("challengeGoals"));
    m_goals->setTextFormat(Qt::RichText);
    m_goals->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("Running your design… %p%"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("challengeVerdict"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_hints = new QLabel(this);
    m_hints->setObjectName(QStringLiteral("challengeHints"));
    m_hints->setTextFormat(Qt::RichText);
    m_hints->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("Check my design"), this);
    m_check->setObjectName(QStringLiteral("challengeCheck"));
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_check->setToolTip(tr("Runs the canvas's topology on your own seed and grades every goal (Ctrl+Enter)"));
    m_startOver = new QPushButton(tr("Start over"), this);
    m_startOver->setToolTip(tr("Puts the step's starting topology back on the canvas; your tries and hints stay"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_startOver);
    buttons->addStretch(1);

    layout->addWidget(m_goal);
    layout->addWidget(m_allowed);
    layout->addWidget(m_goals);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_verdict);
    layout->addWidget(m_hints);

    connect(m_check, &QPushButton::clicked, session, &LessonSession::checkChallenge);
    connect(m_startOver, &QPushButton::clicked, session, &LessonSession::startChallengeOver);
    connect(session, &LessonSession::challengeChanged, this, &LessonChallengeBox::showChallenge);
    connect(session, &LessonSession::stepChanged, this, &LessonChallengeBox::showChallenge);
    hide();
}

QString LessonChallengeBox::allowanceText(const LessonChallenge &challenge)
{
    QStringList parts;
    if (!challenge.nodeTypes.isEmpty()) {
        QStringList types;
        for (const QString &type : challenge.nodeTypes) {
            const auto limit = challenge.maxNodes.find(type);
            types << (limit == challenge.maxNodes.end() ? typeName(type)
                                                        : tr("%1 (at most %2 in all)").arg(typeName(type)).arg(limit.value()));
        }
        parts << tr("You may add and remove: %1.").arg(QLocale().createSeparatedList(types));
    }
    if (!challenge.settings.isEmpty()) {
        QStringList settings;
        for (const QString &setting : challenge.settings)
            settings << settingName(setting);
        parts << tr("You may change: %1.").arg(QLocale().createSeparatedList(settings));
    }
    if (parts.isEmpty())
        parts << tr("Nothing may be changed: predict, then check.");
    parts << tr("Everything else stays as it is.");
    return parts.join(QLatin1Char(' '));
}

QString LessonChallengeBox::ruleText(const RuleBreak &rule)
{
    switch (rule.kind) {
    case RuleBreak::Kind::NodeAdded: return tr("%1 (%2) was added: this challenge does not let you add that.").arg(rule.node, typeName(rule.type));
    case RuleBreak::Kind::NodeUnlike:
        return tr("%1 (%2) was added with its own %3: a node you add copies one of its type that is there, or a new one, "
                  "apart from the settings you may change.").arg(rule.node, typeName(rule.type), rule.key);
    case RuleBreak::Kind::NodeRemoved: return tr("%1 (%2) was removed: this challenge does not let you remove that.").arg(rule.node, typeName(rule.type));
    case RuleBreak::Kind::SettingChanged:
        return tr("%1 was changed: not one of the settings this challenge lets you change.")
            .arg(rule.node.isEmpty() ? rule.key : rule.node + QLatin1Char('.') + rule.key);
    case RuleBreak::Kind::TooManyNodes:
        return tr("%1 nodes of type %2: the budget is %3.").arg(rule.count).arg(typeName(rule.type)).arg(rule.limit);
    case RuleBreak::Kind::LinkChanged:
        return tr("The link %1 \u2192 %2 was changed: links change only with a node you may add.").arg(rule.node, rule.key);
    case RuleBreak::Kind::ScenarioChanged: return tr("The scripted events were changed.");
    }
    return {};
}

QStringList LessonChallengeBox::goalLines() const
{
    QStringList lines;
    const LessonChallenge *challenge = m_session->challenge();
    if (!challenge)
        return lines;
    const std::optional<ChallengeGrade> grade = m_session->challengeGrade();
    for (int i = 0; i < challenge->checkpoints.size(); ++i) {
        const Checkpoint &c = challenge->checkpoints[i];
        const QString claim = CheckpointPhrase::claim(c);
        const GoalResult *result = grade && i < grade->goals.size() ? &grade->goals[i] : nullptr;
        if (!result)
            lines << tr("\u25CB %1 (by %2 s)").arg(claim, number(c.byS));
        else if (!result->actual)
            lines << tr("\u2717 %1 (%2: not reported in this run)").arg(claim, CheckpointPhrase::name(c.metric));
        else if (result->met)
            lines << tr("\u2713 %1 (%2)").arg(claim, CheckpointPhrase::sentence(c.metric, *result->actual));
        else
            lines << tr("\u2717 %1 (%2: missed by %3)").arg(claim, CheckpointPhrase::sentence(c.metric, *result->actual), miss(result->miss));
    }
    return lines;
}

QString LessonChallengeBox::verdictText() const
{
    QTextDocument document;
    document.setHtml(m_verdict->text());
    return document.toPlainText();
}

QStringList LessonChallengeBox::hintTexts() const
{
    const LessonChallenge *challenge = m_session->challenge();
    return challenge ? challenge->hints.mid(0, m_session->shownHints()) : QStringList();
}

void LessonChallengeBox::showChallenge()
{
    const LessonChallenge *challenge = m_session->isOpen() ? m_session->challenge() : nullptr;
    setVisible(challenge != nullptr);
    if (!challenge)
        return;
    m_goal->setText(challenge->goal);
    m_allowed->setText(allowanceText(*challenge));
    QStringList lines;
    for (const QString &line : goalLines())
        lines << line.toHtmlEscaped();
    m_goals->setText(lines.join(QStringLiteral("<br>")));

    const bool grading = m_session->isGrading();
    m_progress->setVisible(grading);
    m_progress->setValue(int(m_session->gradingProgress() * 100));
    m_check->setEnabled(!grading);

    const std::optional<ChallengeGrade> grade = m_session->challengeGrade();
    QString verdict;
    if (grade) {
        int met = 0;
        for (const GoalResult &goal : grade->goals)
            met += goal.met ? 1 : 0;
        if (grade->passed())
            verdict = tr("<b>Goal reached</b> on your seed, %1, at try %2.").arg(m_session->challengeSeed()).arg(m_session->challengeTries());
        else
            verdict = tr("<b>Not yet</b> (try %1): %2 of %3 goals met on your seed, %4.")
                          .arg(m_session->challengeTries()).arg(met).arg(grade->goals.size()).arg(m_session->challengeSeed());
        if (!grade->ruleBreaks.isEmpty()) {
            QStringList rules;
            for (const RuleBreak &rule : grade->ruleBreaks)
                rules << QStringLiteral("\u2717 ") + ruleText(rule).toHtmlEscaped();
            verdict += QStringLiteral("<br>") + tr("Your design breaks the rules:").toHtmlEscaped() + QStringLiteral("<br>") + rules.join(QStringLiteral("<br>"));
        }
    } else {
        verdict = tr("<i>Change the topology on the canvas, run it to watch, then check: your design is graded on a seed of your own, %1.</i>")
                      .arg(m_session->challengeSeed());
    }
    m_verdict->setText(verdict);

    QStringList hints;
    const QStringList shown = hintTexts();
    for (int i = 0; i < shown.size(); ++i)
        hints << tr("<b>Hint %1:</b> %2").arg(i + 1).arg(shown[i].toHtmlEscaped());
    m_hints->setText(hints.join(QStringLiteral("<br>")));
    m_hints->setVisible(!hints.isEmpty());
}

} // namespace scalelab
