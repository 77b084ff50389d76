// SPDX-License-Identifier: GPL-3.0-or-later
#include "studentpagetexts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scalelab::classroom {

QString studentPageLanguage()
{
    //: Not shown: the language of this translation as a BCP 47 tag (de, es, zh-CN), which the students' page puts in <html lang>.
    const QString tag = QCoreApplication::translate("StudentPage", "en");
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    return bcp47.match(tag).hasMatch() ? tag : QStringLiteral("en");
}

QJsonObject studentPageTexts()
{
    // The words in braces are filled in by the page: translators keep them as they are.
    return QJsonObject{
        {QStringLiteral("lang"), studentPageLanguage()},
        //: The students' page: its title and heading
        {QStringLiteral("title"), QCoreApplication::translate("StudentPage", "ScaleLab class")},
        {QStringLiteral("connecting"), QCoreApplication::translate("StudentPage", "Connecting…")},
        //: The page lost its connection to the teacher's app and reconnects by itself
        {QStringLiteral("connectionLost"), QCoreApplication::translate("StudentPage", "Connection lost; trying again…")},
        {QStringLiteral("yourName"), QCoreApplication::translate("StudentPage", "Your name")},
        {QStringLiteral("joinCode"), QCoreApplication::translate("StudentPage", "Join code")},
        //: The button that joins the class session
        {QStringLiteral("join"), QCoreApplication::translate("StudentPage", "Join")},
        {QStringLiteral("notJoined"), QCoreApplication::translate("StudentPage", "Not joined yet")},
        //: {name} is the student's name; keep the braces and the word in them as they are
        {QStringLiteral("joinedAs"), QCoreApplication::translate("StudentPage", "Joined as {name}")},
        {QStringLiteral("waiting"), QCoreApplication::translate("StudentPage", "You are in. The question appears here when your teacher opens it.")},
        //: On a challenge step: {title} is the challenge's title; keep {title} as it is
        {QStringLiteral("challenge"), QCoreApplication::translate("StudentPage", "Your teacher set a challenge: {title}. Solve it in ScaleLab on a laptop (File, Join Class); the next question appears here.")},
        //: Above the question when the teacher asks the class to vote a second time (peer instruction)
        {QStringLiteral("secondVote"), QCoreApplication::translate("StudentPage", "Second vote: discuss, then answer again")},
        //: The button that sends a number as the student's answer
        {QStringLiteral("send"), QCoreApplication::translate("StudentPage", "Answer")},
        {QStringLiteral("tapAnswer"), QCoreApplication::translate("StudentPage", "Tap your answer; you can change it until the teacher reveals.")},
        //: {answer} is the choice the student tapped, or the number they sent; keep {answer} as it is
        {QStringLiteral("yourAnswer"), QCoreApplication::translate("StudentPage", "Your answer: {answer}")},
        //: Before the reveal: {answer} is the choice the student tapped, or the number they sent; keep {answer} as it is
        {QStringLiteral("yourAnswerOpen"), QCoreApplication::translate("StudentPage", "Your answer: {answer} (you can still change it)")},
        //: After the reveal, to a student who sent no answer
        {QStringLiteral("noAnswer"), QCoreApplication::translate("StudentPage", "You did not answer.")},
        //: After the reveal: {answer} is the right answer (a choice, or a number and its unit); keep {answer} as it is
        {QStringLiteral("rightAnswer"), QCoreApplication::translate("StudentPage", "Answer: {answer}")},
        //: After the reveal: how many of the class answered right, e.g. 14 of 19 right; keep {right} and {answered} as they are
        {QStringLiteral("rightOf"), QCoreApplication::translate("StudentPage", "{right} of {answered} right")},
        //: After the reveal of a second vote: {vote} is 1 or 2, e.g. Vote 1: 9 of 19 right; keep the words in braces as they are
        {QStringLiteral("voteRightOf"), QCoreApplication::translate("StudentPage", "Vote {vote}: {right} of {answered} right")},
        //: {reason} is why, from the teacher's app (e.g. the class is full); keep {reason} as it is
        {QStringLiteral("closed"), QCoreApplication::translate("StudentPage", "The teacher's app closed the connection: {reason}")},
        {QStringLiteral("disconnected"), QCoreApplication::translate("StudentPage", "Disconnected")},
    };
}

} // namespace scalelab::classroom
