// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace scalelab {

/// A one-line figure that changes often ("Vote 1: 37 of 60 answered"). Its size is pinned to
/// its text: a new figure as wide as the last one repaints the label alone. (Qt re-lays out a
/// label's parents up to the window for any new text: the whole dock and the window's docks,
/// ten times a second while a class answers.) A longer text, a new font (presenter mode) or
/// style pins it again, and only then is the dock laid out.
class FigureLabel : public QLabel
{
public:
    explicit FigureLabel(QWidget *parent = nullptr);

    /// Shows `text`; nothing happens when it is the text shown.
    void setFigure(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void pinToText();
};

} // namespace scalelab
