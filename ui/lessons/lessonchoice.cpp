// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonchoice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>

#include <algorithm>

namespace scalelab {

LessonChoice::LessonChoice(const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QRadioButton(this);
    m_button->setAccessibleName(text);
    m_label = new QLabel(text, this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_button);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    // The label wraps: the row's height follows the width it is given.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    alignButton();
}

void LessonChoice::alignButton()
{
    m_button->setFixedHeight(std::max(fontMetrics().height(), m_button->sizeHint().height()));
}

void LessonChoice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        alignButton();
    QWidget::changeEvent(event);
}

QString LessonChoice::text() const
{
    return m_label->text();
}

void LessonChoice::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        m_button->click();
    QWidget::mouseReleaseEvent(event);
}

} // namespace scalelab
