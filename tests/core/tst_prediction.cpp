// SPDX-License-Identifier: GPL-3.0-or-later
// Predict first that cannot be gamed: each student sees the choices in an order of their
// own (the same each time), the right answer is not always in one place, questions with an
// order of their own keep it, a number counts within its tolerance, and choices carry
// feedback through the file format.

#include "lessons/lessonreader.h"
#include "lessons/lessonwriter.h"
#include "lessons/prediction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <algorithm>

using namespace scalelab;

namespace {

LessonQuestion fourChoices()
{
    LessonQuestion q;
    q.prompt = QStringLiteral("Which?");
    q.choices = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    q.answer = 2;
    return q;
}

QByteArray lessonWithQuestion(const QJsonObject &question)
{
    const QJsonObject step{{QStringLiteral("title"), QStringLiteral("One server")},
                           {QStringLiteral("narration"), QStringLiteral("<p>n</p>")},
                           {QStringLiteral("topology"), QStringLiteral("example:single-server")},
                           {QStringLiteral("question"), question}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("scalelab-lesson")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("id"), QStringLiteral("probe")},
                                     {QStringLiteral("title"), QStringLiteral("Probe")},
                                     {QStringLiteral("steps"), QJsonArray{step}}})
        .toJson();
}

std::optional<Lesson> read(const QByteArray &bytes, QString *error = nullptr)
{
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(SCALELAB_EXAMPLES));
    std::optional<Lesson> lesson = reader.readBytes(bytes);
    if (error)
        *error = reader.errorText();
    return lesson;
}

} // namespace

class TestPrediction : public QObject
{
    Q_OBJECT

private slots:
    void choiceOrderIsAPermutationTheSameEachTime()
    {
        const LessonQuestion q = fourChoices();
        for (std::uint64_t student = 0; student < 50; ++student) {
            const QList<int> order = choiceOrder(q, student, QStringLiteral("caching"), 3);
            QList<int> sorted = order;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, (QList<int>{0, 1, 2, 3}));
            QCOMPARE(choiceOrder(q, student, QStringLiteral("caching"), 3), order);
        }
    }

    void theRightAnswerMovesFromStudentToStudentAndStepToStep()
    {
        // Over a class of 200, the right answer is shown in every position, none of them
        // taking much more than its share (a quarter).
        const LessonQuestion q = fourChoices();
        QList<int> atPosition(4, 0);
        for (std::uint64_t student = 1; student <= 200; ++student)
            ++atPosition[int(choiceOrder(q, student * 7919, QStringLiteral("caching"), 3).indexOf(q.answer))];
        for (int count : atPosition)
            QVERIFY2(count > 30 && count < 70, qPrintable(QStringLiteral("%1 of 200").arg(count)));
        // One student: the steps of a lesson differ too.
        QSet<QList<int>> orders;
        for (int step = 0; step < 10; ++step)
            orders.insert(choiceOrder(q, 42, QStringLiteral("caching"), step));
        QVERIFY(orders.size() > 3);
    }

    void orderedChoicesKeepTheirOrder()
    {
        LessonQuestion q = fourChoices();
        q.ordered = true;
        for (std::uint64_t student = 0; student < 20; ++student)
            QCOMPARE(choiceOrder(q, student, QStringLiteral("x"), 0), (QList<int>{0, 1, 2, 3}));
    }

    void predictionsAreRightOnlyOnTheAnswer()
    {
        const LessonQuestion q = fourChoices();
        QVERIFY(isRightPrediction(q, {2, std::nullopt}));
        QVERIFY(!isRightPrediction(q, {1, std::nullopt}));
        QVERIFY(!isRightPrediction(q, {}));

        LessonQuestion n;
        n.prompt = QStringLiteral("How many ms?");
        n.numeric = NumericAnswer{200.0, 0.25, QStringLiteral("ms")};
        QVERIFY(isRightPrediction(n, {-1, 150.0}));
        QVERIFY(isRightPrediction(n, {-1, 250.0}));
        QVERIFY(!isRightPrediction(n, {-1, 149.0}));
        QVERIFY(!isRightPrediction(n, {-1, 251.0}));
        QVERIFY(!isRightPrediction(n, {-1, std::numeric_limits<double>::quiet_NaN()}));
        QVERIFY(!isRightPrediction(n, {}));
        QVERIFY(!isRightPrediction(n, {2, std::nullopt}));  // a choice is no number
    }

    void choicesWithFeedbackAndNumbersRoundTrip()
    {
        const QJsonObject withFeedback{
            {QStringLiteral("prompt"), QStringLiteral("Where do the requests go?")},
            {QStringLiteral("choices"), QJsonArray{QStringLiteral("web1"),
                                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("web2")},
                                                               {QStringLiteral("feedback"), QStringLiteral("Only if web1 is down.")}}}},
            {QStringLiteral("answer"), 0},
            {QStringLiteral("ordered"), true}};
        QString error;
        std::optional<Lesson> lesson = read(lessonWithQuestion(withFeedback), &error);
        QVERIFY2(lesson, qPrintable(error));
        const LessonQuestion &q = lesson->steps[0].question;
        QCOMPARE(q.choices, (QStringList{QStringLiteral("web1"), QStringLiteral("web2")}));
        QCOMPARE(q.feedback, (QStringList{QString(), QStringLiteral("Only if web1 is down.")}));
        QVERIFY(q.ordered);
        std::optional<Lesson> again = read(LessonWriter::toBytes(*lesson), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->steps[0].question.feedback, q.feedback);
        QCOMPARE(again->steps[0].question.ordered, true);

        const QJsonObject numeric{{QStringLiteral("prompt"), QStringLiteral("p95 in ms?")},
                                  {QStringLiteral("numeric"), QJsonObject{{QStringLiteral("value"), 180},
                                                                          {QStringLiteral("tolerance"), 0.3},
                                                                          {QStringLiteral("unit"), QStringLiteral("ms")}}}};
        lesson = read(lessonWithQuestion(numeric), &error);
        QVERIFY2(lesson, qPrintable(error));
        QVERIFY(lesson->steps[0].question.isNumeric());
        QCOMPARE(lesson->steps[0].question.numeric->value, 180.0);
        QCOMPARE(lesson->steps[0].question.numeric->tolerance, 0.3);
        QCOMPARE(lesson->steps[0].question.numeric->unit, QStringLiteral("ms"));
        again = read(LessonWriter::toBytes(*lesson), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->steps[0].question.numeric->value, 180.0);
        QCOMPARE(again->steps[0].question.numeric->unit, QStringLiteral("ms"));
    }

    void badQuestionsAreNamed_data()
    {
        QTest::addColumn<QJsonObject>("question");
        QTest::addColumn<QString>("message");
        const QString prompt = QStringLiteral("prompt");
        QTest::newRow("both") << QJsonObject{{prompt, QStringLiteral("p")},
                                             {QStringLiteral("numeric"), QJsonObject{{QStringLiteral("value"), 1}}},
                                             {QStringLiteral("choices"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                                             {QStringLiteral("answer"), 0}}
                              << QStringLiteral("steps[0].question.numeric: a question has either choices and an answer or numeric, not both");
        QTest::newRow("no value") << QJsonObject{{prompt, QStringLiteral("p")}, {QStringLiteral("numeric"), QJsonObject{{QStringLiteral("unit"), QStringLiteral("ms")}}}}
                                  << QStringLiteral("steps[0].question.numeric.value: missing; expected the number to predict");
        QTest::newRow("tolerance") << QJsonObject{{prompt, QStringLiteral("p")},
                                                  {QStringLiteral("numeric"), QJsonObject{{QStringLiteral("value"), 1}, {QStringLiteral("tolerance"), -1}}}}
                                   << QStringLiteral("steps[0].question.numeric.tolerance");
        QTest::newRow("choice without text") << QJsonObject{{prompt, QStringLiteral("p")},
                                                            {QStringLiteral("choices"), QJsonArray{QStringLiteral("a"), QJsonObject{{QStringLiteral("feedback"), QStringLiteral("f")}}}},
                                                            {QStringLiteral("answer"), 0}}
                                             << QStringLiteral("steps[0].question.choices[1].text");
        QTest::newRow("choice a number") << QJsonObject{{prompt, QStringLiteral("p")},
                                                        {QStringLiteral("choices"), QJsonArray{QStringLiteral("a"), 3}},
                                                        {QStringLiteral("answer"), 0}}
                                         << QStringLiteral("steps[0].question.choices[1]: expected a text or {\"text\", \"feedback\"}, got 3");
    }

    void badQuestionsAreNamed()
    {
        QFETCH(QJsonObject, question);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!read(lessonWithQuestion(question), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
