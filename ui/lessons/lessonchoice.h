// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QRadioButton;

namespace scalelab {

/// One answer of a lesson's question: a radio button and its text, wrapped to the panel's
/// width (a QRadioButton's own text never wraps, so a long choice widened the panel or, when
/// squeezed, overlapped the next one). Clicking the text picks the choice too.
class LessonChoice : public QWidget
{
    Q_OBJECT

public:
    LessonChoice(const QString &text, QWidget *parent = nullptr);

    QRadioButton *button() const { return m_button; }
    QLabel *label() const { return m_label; }
    QString text() const;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The button as high as the text's first line, so that it sits beside that line.
    void alignButton();

    QRadioButton *m_button = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace scalelab
