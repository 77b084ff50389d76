// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QVBoxLayout;

namespace scalelab {

class TopologyDocument;

/// The teacher's lesson editor: record what is on the canvas (topology and the actions
/// applied to it) as a new step, write each step's title, narration and question, reorder
/// and remove steps, lock the lesson, and save it as a lesson file that ScaleLab reads back.
class LessonEditor : public QDialog
{
    Q_OBJECT

public:
    LessonEditor(const Lesson &lesson, TopologyDocument *document, QWidget *parent = nullptr);

    /// The lesson as edited so far.
    Lesson lesson();
    QListWidget *stepList() const { return m_steps; }

public slots:
    /// Appends the canvas's topology (with its recorded actions) as a new step and selects it.
    void addStepFromCanvas();
    void removeStep();
    void moveStep(int by);
    /// Asks where, writes atomically and reads the file back to check it.
    bool saveAs();
    bool saveTo(const QString &fileName, QString *error = nullptr);

private:
    // The dialog's parts, top down and left to right.
    QFormLayout *buildAboutForm();
    QVBoxLayout *buildStepList();
    QGroupBox *buildStepForm();
    void showStep(int index);
    void storeStep(int index);
    void refreshList();

    Lesson m_lesson;
    TopologyDocument *m_document;
    int m_current = -1;
    QLineEdit *m_id;
    QLineEdit *m_title;
    QLineEdit *m_summary;
    QCheckBox *m_locked;
    QListWidget *m_steps;
    QLineEdit *m_stepTitle;
    QPlainTextEdit *m_narration;
    QDoubleSpinBox *m_runS;
    QLineEdit *m_highlight;
    QLineEdit *m_prompt;
    QPlainTextEdit *m_choices;
    QComboBox *m_answer;
    QLineEdit *m_explanation;
    QLabel *m_status;
};

} // namespace scalelab
