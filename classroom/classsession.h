// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>
#include <vector>

namespace scalelab::classroom {

/// The question the teacher has put to the class: a lesson step's, by id.
struct ClassQuestion
{
    QString id;              ///< "lesson-id#step", stable for the session
    QString prompt;
    QStringList choices;     ///< empty: a number to predict
    int answer = -1;         ///< the right choice, or -1
    std::optional<double> numericAnswer;  ///< a number question's answer
    double tolerance = 0.2;  ///< a number within this share of the answer counts as right
    QString unit;
    bool isNumeric() const { return choices.isEmpty(); }
};

/// Where the question stands: students answer while it is open; the teacher reveals the
/// class's result and the answer; "ask again" (peer instruction: discuss, then answer once
/// more) opens round 2 with the first round's answers kept beside it.
enum class QuestionState { Open, Revealed };

/// One student's answer: a choice index, or a number.
struct StudentAnswer
{
    int choice = -1;
    double number = 0;
};

/// A challenge step the teacher is on: students design on their own ScaleLab, which grades
/// each try and reports it. `goals` are the goals in words, as the teacher's window shows them.
struct ClassChallenge
{
    QString id;              ///< "lesson-id#step"
    QString title;
    QStringList goals;
};

/// A student's latest try at a challenge: passed (no rule broken, every goal met) and the
/// figure the try reached for each goal (empty: the run had no such figure).
struct ChallengeResult
{
    bool passed = false;
    QList<std::optional<double>> figures;
    int tries = 0;  ///< how many tries the student reported
};

/// A classroom session's state, apart from the network: who joined, the question open now,
/// every answer of every round, and the CSV the teacher exports. One answer per student per
/// question and round: answering again before the reveal replaces it (it is counted once).
class ClassSession
{
public:
    enum class AnswerResult { Counted, Replaced, NoQuestion, OtherQuestion, Revealed, BadChoice };

    /// A student joins (or comes back: `token` from an earlier join). Returns the token to
    /// give back to them; a new student gets `newToken`.
    QString join(const QString &token, const QString &name, const QString &newToken);
    void setConnected(const QString &token, bool connected);
    bool knows(const QString &token) const { return m_students.contains(token); }
    QString nameOf(const QString &token) const { return m_students.value(token).name; }
    int studentCount() const { return static_cast<int>(m_students.size()); }
    int connectedCount() const;

    /// Puts `question` to the class (round 1). Putting the question already open again
    /// changes nothing (a student's page or the teacher's window re-sending it).
    void open(const ClassQuestion &question);
    /// No question: between steps, or a step without one.
    void clear();
    void reveal();
    /// Peer instruction's second vote: round 2, open again.
    void askAgain();

    const std::optional<ClassQuestion> &question() const { return m_question; }
    QuestionState state() const { return m_state; }
    int round() const { return m_round; }

    AnswerResult answer(const QString &token, const QString &questionId, int round, const StudentAnswer &answer);
    /// A student's answer to the question open now in `round`, if any.
    std::optional<StudentAnswer> answerOf(const QString &token, int round) const;
    /// How many chose each choice in `round` of the question open now.
    std::vector<int> counts(int round) const;
    /// How many answered in `round`, and how many of them were right.
    int answered(int round) const;
    int right(int round) const;
    /// Names of the connected students who have not answered this round, sorted.
    QStringList notAnswered() const;

    /// The challenge the class works on now, or none.
    void openChallenge(const ClassChallenge &challenge);
    void clearChallenge();
    const std::optional<ClassChallenge> &challenge() const { return m_challenge; }
    enum class ChallengeReport { Recorded, OtherChallenge, BadFigures };
    /// A student's graded try at the challenge open now: the latest try stands.
    ChallengeReport reportChallenge(const QString &token, const QString &challengeId, bool passed,
                                    const QList<std::optional<double>> &figures);
    struct ChallengeEntry
    {
        QString name;
        ChallengeResult result;
    };
    /// The tries reported at the challenge open now: who passed first, then by name.
    QList<ChallengeEntry> challengeResults() const;

    /// Every answer of the session: student, question, round, answer, right; a challenge's
    /// latest tries with "challenge" as the round and the figures as the answer.
    QByteArray csv() const;

private:
    struct Student
    {
        QString name;
        bool connected = false;
    };
    struct Key
    {
        QString question;
        int round = 1;
        QString token;
        bool operator<(const Key &o) const { return std::tie(question, round, token) < std::tie(o.question, o.round, o.token); }
    };
    bool isRight(const ClassQuestion &q, const StudentAnswer &a) const;
    QString challengeCsv(const QString &id) const;
    /// The answers to the question open now in `round`, by student.
    std::vector<StudentAnswer> answersIn(int round) const;

    QMap<QString, Student> m_students;  ///< by token
    std::optional<ClassQuestion> m_question;
    QuestionState m_state = QuestionState::Open;
    int m_round = 1;
    QMap<Key, StudentAnswer> m_answers;
    QMap<QString, ClassQuestion> m_asked;  ///< every question put to the class, by id (for the CSV)
    QStringList m_askedOrder;              ///< questions and challenges, as first put to the class
    std::optional<ClassChallenge> m_challenge;
    QMap<QString, ClassChallenge> m_challenges;                  ///< every challenge set, by id
    QMap<QString, QMap<QString, ChallengeResult>> m_tries;       ///< by challenge, then student
};

} // namespace scalelab::classroom
