// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QAction;
class QLabel;
class QToolButton;

namespace scalelab {

class FollowTeacher;

/// A student's ScaleLab in a class: a bar above the canvas saying where they are (following
/// the teacher, exploring on their own, reconnecting, why the class ended), with Follow the
/// Teacher, an Answer menu for the class's question (the second vote, or a question the
/// lesson panel does not show), and Leave Class. Shown only while joined or just ended.
class ClassBar : public QToolBar
{
    Q_OBJECT
public:
    ClassBar(FollowTeacher *follow, QWidget *parent = nullptr);

private:
    void refresh();
    void rebuildAnswers();

    FollowTeacher *m_follow;
    QLabel *m_status;
    QToolButton *m_answer;
    QAction *m_answerAction = nullptr;
    QString m_answersFor;  ///< the question id and round the Answer menu was built for
};

} // namespace scalelab
