// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/classbar.h"

#include "classsession/followteacher.h"

#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace scalelab {

ClassBar::ClassBar(FollowTeacher *follow, QWidget *parent)
    : QToolBar(tr("Class"), parent), m_follow(follow), m_status(new QLabel(this)), m_answer(new QToolButton(this))
{
    setObjectName(QStringLiteral("classBar"));
    setMovable(false);
    m_status->setObjectName(QStringLiteral("classStatus"));
    m_status->setContentsMargins(6, 0, 12, 0);
    addWidget(m_status);
    addAction(follow->followAction());
    m_answer->setObjectName(QStringLiteral("classAnswer"));
    m_answer->setText(tr("Answer"));
    m_answer->setToolTip(tr("Answer the class's question (your prediction in the lesson panel is your first vote)"));
    m_answer->setPopupMode(QToolButton::InstantPopup);
    m_answer->setMenu(new QMenu(m_answer));
    m_answerAction = addWidget(m_answer);  // a tool bar shows and hides its widgets through their actions
    addAction(follow->leaveAction());
    connect(follow, &FollowTeacher::statusChanged, this, &ClassBar::refresh);
    refresh();
}

void ClassBar::refresh()
{
    const auto state = m_follow->client().state();
    setVisible(state != classroom::ClassClient::State::Idle);
    m_status->setText(m_follow->statusText());
    rebuildAnswers();
}

void ClassBar::rebuildAnswers()
{
    const QJsonObject question = m_follow->client().question();
    const bool open = m_follow->client().state() == classroom::ClassClient::State::Joined
                      && question.value(QStringLiteral("state")).toString() == QLatin1String("open");
    m_answerAction->setVisible(open);
    if (!open)
        return;
    const int round = question.value(QStringLiteral("round")).toInt();
    m_answer->setText(round == 2 ? tr("Vote Again") : tr("Answer"));
    const QString key = question.value(QStringLiteral("id")).toString() + QLatin1Char('#') + QString::number(round);
    if (key == m_answersFor)
        return;
    m_answersFor = key;
    QMenu *menu = m_answer->menu();
    menu->clear();
    const QJsonArray choices = question.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty()) {
        const QString unit = question.value(QStringLiteral("unit")).toString();
        menu->addAction(tr("Enter a Number\u2026"), this, [this, question, unit] {
            bool ok = false;
            const double number = QInputDialog::getDouble(window(), tr("Answer"), question.value(QStringLiteral("prompt")).toString()
                                                                                     + (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit)),
                                                          0, -1e15, 1e15, 2, &ok);
            if (ok)
                m_follow->answerClass(classroom::StudentAnswer{-1, number});
        });
        return;
    }
    for (int i = 0; i < choices.size(); ++i)
        menu->addAction(choices[i].toString(), this, [this, i] { m_follow->answerClass(classroom::StudentAnswer{i, 0}); });
}

} // namespace scalelab
