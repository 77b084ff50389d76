// SPDX-License-Identifier: GPL-3.0-or-later
// LessonPanel: the type's size, fitted to the panel's height in presenter mode (or normal).
#include "lessons/lessonpanel.h"

#include "lessons/lessonchoice.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab {

namespace {
// Halving the interval this many times finds the type size to within 1% of the range.
constexpr int kFitRounds = 7;

// A layout forgets its measures when a widget in it changes, but not those of the layouts
// nested in it (the choices' column in the question box) until its next pass.
void invalidateLayout(QLayout *layout)
{
    layout->invalidate();
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout *nested = layout->itemAt(i)->layout())
            invalidateLayout(nested);
    }
}
} // namespace

void LessonPanel::setPresenterScale(double scale)
{
    m_maxScale = std::max(scale, 1.0);
    fitType();
}

void LessonPanel::applyScale(double scale)
{
    if (scale == m_applied)
        return;
    m_applied = scale;
    // Sizes relative to the application's font, never to our own: that one is what we set.
    const QFont base = QApplication::font();
    const double points = (base.pointSizeF() > 0 ? base.pointSizeF() : 10.0) * scale;
    QFont body = base;
    body.setPointSizeF(points);
    // At normal size the panel inherits again, so that leaving presenter mode leaves nothing set.
    m_body->setFont(scale == 1.0 ? QFont() : body);
    // A label with a style sheet does not follow its parent's font: it is told.
    m_lessonTitle->setFont(scale == 1.0 ? QFont() : body);
    QFont large = base;
    large.setPointSizeF(points * 1.1);
    m_narration->setFont(large);
    m_prompt->setFont(large);
    m_number->setFont(large);
    m_unit->setFont(large);
    for (LessonChoice *choice : m_choiceRows)
        choice->setFont(large);
    QFont title = base;
    title.setPointSizeF(points * 1.5);
    title.setBold(true);
    m_stepTitle->setFont(title);
    forgetMeasures();
}

void LessonPanel::forgetMeasures()
{
    for (QWidget *widget : m_body->findChildren<QWidget *>())
        widget->updateGeometry();
    for (QWidget *widget : m_body->findChildren<QWidget *>()) {
        if (widget->layout())
            invalidateLayout(widget->layout());
    }
    invalidateLayout(m_bodyLayout);
}

void LessonPanel::setHeadingShown(bool shown)
{
    m_lessonTitle->setVisible(shown);
    m_position->setVisible(shown);
    m_stepTitle->setVisible(shown);
    fitType();
}

bool LessonPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && event->type() == QEvent::Resize)
        fitType();
    return QDockWidget::eventFilter(watched, event);
}

int LessonPanel::requiredHeight() const
{
    const QMargins margins = m_bodyLayout->contentsMargins();
    const int width = m_body->width() - margins.left() - margins.right();
    int height = margins.top() + margins.bottom();
    int shown = 0;
    for (int i = 0; i < m_bodyLayout->count(); ++i) {
        QLayoutItem *item = m_bodyLayout->itemAt(i);
        if (item->isEmpty())
            continue;
        ++shown;
        if (item->widget() == m_scroll)
            height += m_content->layout()->totalHeightForWidth(width);
        else if (item->hasHeightForWidth())
            height += item->heightForWidth(width);
        else
            height += item->sizeHint().height();
    }
    return height + std::max(shown - 1, 0) * m_bodyLayout->spacing();
}

void LessonPanel::fitType()
{
    if (m_fitting)
        return;
    m_fitting = true;
    forgetMeasures();
    const int available = m_body->height();
    if (m_maxScale <= 1.0 || available <= 0) {
        applyScale(m_maxScale <= 1.0 ? 1.0 : m_maxScale);
    } else {
        applyScale(m_maxScale);
        if (requiredHeight() > available) {
            double fits = kMinPresenterScale;
            double tooLarge = m_maxScale;
            for (int round = 0; round < kFitRounds; ++round) {
                const double middle = (fits + tooLarge) / 2.0;
                applyScale(middle);
                (requiredHeight() <= available ? fits : tooLarge) = middle;
            }
            applyScale(fits);
        }
    }
    // A scroll bar once shown narrows the page, which then needs it: presenter mode leaves
    // none when the step fits, and keeps one only for a step too long even at normal type.
    const bool fits = m_maxScale > 1.0 && available > 0 && requiredHeight() <= available;
    m_scroll->setVerticalScrollBarPolicy(fits ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    pinContentHeight();
    // Measuring marks a box layout as measured, and its next pass then leaves the children
    // where they were when its own rectangle has not changed (the scroll area measures the
    // page too): they are placed anew now, outermost first.
    QList<QWidget *> laidOut{m_body};
    laidOut += m_body->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(laidOut)) {
        if (widget->layout() && widget->isVisible()) {
            invalidateLayout(widget->layout());
            widget->layout()->activate();
        }
    }
    m_fitting = false;
}

void LessonPanel::pinContentHeight()
{
    // A scroll area is not told when its page needs more height at the same width (a longer
    // answer, larger type), and squeezes the page's labels over each other: the page's
    // minimum height says it.
    const QMargins margins = m_bodyLayout->contentsMargins();
    int width = m_body->width() - margins.left() - margins.right();
    int height = m_content->layout()->totalHeightForWidth(width);
    // The scroll area's own height may not follow the panel's yet: what the rest leaves it.
    const int room = m_body->height() - (requiredHeight() - height);
    if (height > room)
        height = m_content->layout()->totalHeightForWidth(width - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll));
    m_content->setMinimumHeight(std::max(height, 0));
}

} // namespace scalelab
