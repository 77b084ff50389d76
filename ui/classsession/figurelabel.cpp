// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/figurelabel.h"

#include <QEvent>

namespace scalelab {

FigureLabel::FigureLabel(QWidget *parent) : QLabel(parent)
{
    pinToText();
}

void FigureLabel::setFigure(const QString &text)
{
    if (text == this->text())
        return;
    setText(text);  // pinned: Qt asks no parent to lay out again
    pinToText();
}

void FigureLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        pinToText();
}

void FigureLabel::pinToText()
{
    // A widget whose minimum and maximum sizes are equal is skipped by updateGeometry(): its
    // new text repaints it without invalidating the layouts above it.
    const QSize size = sizeHint();
    if (minimumSize() != size || maximumSize() != size)
        setFixedSize(size);
}

} // namespace scalelab
