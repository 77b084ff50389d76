// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession.h"

#include <algorithm>
#include <cmath>

namespace scalelab::classroom {

QString ClassSession::join(const QString &token, const QString &name, const QString &newToken)
{
    const QString key = !token.isEmpty() && m_students.contains(token) ? token : newToken;
    Student &student = m_students[key];
    if (!name.isEmpty())
        student.name = name;
    student.connected = true;
    return key;
}

void ClassSession::setConnected(const QString &token, bool connected)
{
    auto it = m_students.find(token);
    if (it != m_students.end())
        it->connected = connected;
}

int ClassSession::connectedCount() const
{
    return static_cast<int>(std::count_if(m_students.begin(), m_students.end(), [](const Student &s) { return s.connected; }));
}

void ClassSession::open(const ClassQuestion &question)
{
    if (m_question && m_question->id == question.id)
        return;
    m_question = question;
    m_state = QuestionState::Open;
    m_round = 1;
    if (!m_asked.contains(question.id))
        m_askedOrder << question.id;
    // Asked again later in the session (the teacher went back a step): the answers given
    // then still stand, in round 1; the teacher may ask again for a second round.
    m_asked.insert(question.id, question);
}

void ClassSession::clear()
{
    m_question.reset();
    m_state = QuestionState::Open;
    m_round = 1;
}

void ClassSession::reveal()
{
    if (m_question)
        m_state = QuestionState::Revealed;
}

void ClassSession::askAgain()
{
    if (!m_question || m_round >= 2)
        return;
    m_round = 2;
    m_state = QuestionState::Open;
}

ClassSession::AnswerResult ClassSession::answer(const QString &token, const QString &questionId, int round, const StudentAnswer &answer)
{
    if (!m_question)
        return AnswerResult::NoQuestion;
    if (questionId != m_question->id || round != m_round)
        return AnswerResult::OtherQuestion;
    if (m_state == QuestionState::Revealed)
        return AnswerResult::Revealed;
    if (!m_question->isNumeric() && (answer.choice < 0 || answer.choice >= m_question->choices.size()))
        return AnswerResult::BadChoice;
    if (m_question->isNumeric() && !std::isfinite(answer.number))
        return AnswerResult::BadChoice;
    const Key key{questionId, round, token};
    const bool before = m_answers.contains(key);
    m_answers.insert(key, answer);
    return before ? AnswerResult::Replaced : AnswerResult::Counted;
}

std::optional<StudentAnswer> ClassSession::answerOf(const QString &token, int round) const
{
    if (!m_question)
        return std::nullopt;
    const auto it = m_answers.constFind(Key{m_question->id, round, token});
    if (it == m_answers.constEnd())
        return std::nullopt;
    return *it;
}

std::vector<StudentAnswer> ClassSession::answersIn(int round) const
{
    std::vector<StudentAnswer> answers;
    if (!m_question)
        return answers;
    // Keys sort by question, round, token: the round's answers are one run of the map.
    for (auto it = m_answers.lowerBound(Key{m_question->id, round, QString()});
         it != m_answers.end() && it.key().question == m_question->id && it.key().round == round; ++it)
        answers.push_back(*it);
    return answers;
}

std::vector<int> ClassSession::counts(int round) const
{
    std::vector<int> counts(m_question ? static_cast<std::size_t>(m_question->choices.size()) : 0, 0);
    for (const StudentAnswer &a : answersIn(round))
        if (a.choice >= 0 && a.choice < static_cast<int>(counts.size()))
            ++counts[static_cast<std::size_t>(a.choice)];
    return counts;
}

int ClassSession::answered(int round) const
{
    return static_cast<int>(answersIn(round).size());
}

int ClassSession::right(int round) const
{
    const std::vector<StudentAnswer> answers = answersIn(round);
    return m_question ? static_cast<int>(std::count_if(answers.begin(), answers.end(),
                                                       [&](const StudentAnswer &a) { return isRight(*m_question, a); }))
                      : 0;
}

QStringList ClassSession::notAnswered() const
{
    QStringList names;
    for (auto it = m_students.begin(); it != m_students.end(); ++it)
        if (it->connected && !answerOf(it.key(), m_round))
            names << it->name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ClassSession::isRight(const ClassQuestion &q, const StudentAnswer &a) const
{
    if (!q.isNumeric())
        return q.answer >= 0 && a.choice == q.answer;
    if (!q.numericAnswer)
        return false;
    return std::abs(a.number - *q.numericAnswer) <= q.tolerance * std::abs(*q.numericAnswer);
}

void ClassSession::openChallenge(const ClassChallenge &challenge)
{
    m_challenge = challenge;
    if (!m_challenges.contains(challenge.id) && !m_asked.contains(challenge.id))
        m_askedOrder << challenge.id;
    m_challenges.insert(challenge.id, challenge);
}

void ClassSession::clearChallenge()
{
    m_challenge.reset();
}

ClassSession::ChallengeReport ClassSession::reportChallenge(const QString &token, const QString &challengeId, bool passed,
                                                            const QList<std::optional<double>> &figures)
{
    if (!m_challenge || m_challenge->id != challengeId)
        return ChallengeReport::OtherChallenge;
    if (figures.size() != m_challenge->goals.size())
        return ChallengeReport::BadFigures;
    ChallengeResult &result = m_tries[challengeId][token];
    result.passed = passed;
    result.figures = figures;
    ++result.tries;
    return ChallengeReport::Recorded;
}

QList<ClassSession::ChallengeEntry> ClassSession::challengeResults() const
{
    QList<ChallengeEntry> entries;
    if (!m_challenge)
        return entries;
    const QMap<QString, ChallengeResult> tries = m_tries.value(m_challenge->id);
    for (auto it = tries.begin(); it != tries.end(); ++it)
        entries.push_back({m_students.value(it.key()).name, *it});
    std::sort(entries.begin(), entries.end(), [](const ChallengeEntry &a, const ChallengeEntry &b) {
        if (a.result.passed != b.result.passed)
            return a.result.passed;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return entries;
}

namespace {
// RFC 4180: quote a field that has a comma, a quote or a line break; double its quotes. A
// name a spreadsheet would read as a formula ("-A1") gets a leading apostrophe.
QString csvField(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

QByteArray ClassSession::csv() const
{
    QString out = QStringLiteral("student,question,prompt,round,answer,right\n");
    for (const QString &id : m_askedOrder) {
        if (m_challenges.contains(id)) {
            out += challengeCsv(id);
            continue;
        }
        const ClassQuestion &q = m_asked[id];
        for (int round : {1, 2}) {
            for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
                if (it.key().question != id || it.key().round != round)
                    continue;
                const QString given = q.isNumeric() ? QString::number(it->number) : q.choices.value(it->choice);
                out += QStringList{csvField(m_students.value(it.key().token).name), csvField(id), csvField(q.prompt),
                                   QString::number(round), csvField(given), isRight(q, *it) ? QStringLiteral("yes") : QStringLiteral("no")}
                           .join(QLatin1Char(','))
                       + QLatin1Char('\n');
            }
        }
    }
    return out.toUtf8();
}

QString ClassSession::challengeCsv(const QString &id) const
{
    const ClassChallenge &challenge = m_challenges[id];
    const QMap<QString, ChallengeResult> tries = m_tries.value(id);
    QString out;
    for (auto it = tries.begin(); it != tries.end(); ++it) {
        QStringList figures;
        for (qsizetype g = 0; g < it->figures.size(); ++g)
            figures << QStringLiteral("%1: %2").arg(challenge.goals.value(g),
                                                    it->figures[g] ? QString::number(*it->figures[g]) : QStringLiteral("-"));
        out += QStringList{csvField(m_students.value(it.key()).name), csvField(id), csvField(challenge.title),
                           QStringLiteral("challenge"), csvField(figures.join(QStringLiteral("; "))),
                           it->passed ? QStringLiteral("yes") : QStringLiteral("no")}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return out;
}

} // namespace scalelab::classroom
