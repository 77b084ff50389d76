// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;

namespace scalelab {

class LessonSession;
struct LessonChallenge;
struct RuleBreak;

/// A challenge step's part of the lesson panel: the goal, what the student may change, the
/// goals ticked or missed (and by how much) after Check my design, the rules the design
/// breaks, and one more hint after each try that misses.
class LessonChallengeBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit LessonChallengeBox(LessonSession *session, QWidget *parent = nullptr);

    QPushButton *checkButton() const { return m_check; }
    /// The goals as listed: "○ …" before a try, "✓ …" / "✗ …" after.
    QStringList goalLines() const;
    /// The verdict line under the goals ("" before any try).
    QString verdictText() const;
    /// The hints shown, in order.
    QStringList hintTexts() const;
    /// What the challenge lets the student change, in words.
    static QString allowanceText(const LessonChallenge &challenge);
    /// A broken rule in words, translated.
    static QString ruleText(const RuleBreak &rule);

private:
    void showChallenge();

    LessonSession *m_session;
    QLabel *m_goal = nullptr;
    QLabel *m_allowed = nullptr;
    QLabel *m_goals = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_hints = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_startOver = nullptr;
};

} // namespace scalelab
