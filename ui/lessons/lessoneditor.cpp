// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessoneditor.h"

#include "document/topologydocument.h"
#include "lessons/lessonreader.h"
#include "lessons/lessonwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace scalelab {

LessonEditor::LessonEditor(const Lesson &lesson, TopologyDocument *document, QWidget *parent)
    : QDialog(parent), m_lesson(lesson), m_document(document)
{
    setWindowTitle(tr("Lesson Editor"));
    setObjectName(QStringLiteral("lessonEditor"));
    resize(980, 640);
    auto *layout = new QVBoxLayout(this);

    layout->addLayout(buildAboutForm());

    auto *middle = new QHBoxLayout;
    middle->addLayout(buildStepList(), 1);
    middle->addWidget(buildStepForm(), 2);
    layout->addLayout(middle, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lessonEditorStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save Lesson As..."), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(save, &QPushButton::clicked, this, &LessonEditor::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_steps, &QListWidget::currentRowChanged, this, &LessonEditor::showStep);
    refreshList();
    m_steps->setCurrentRow(m_lesson.steps.isEmpty() ? -1 : 0);
}

QFormLayout *LessonEditor::buildAboutForm()
{
    // What the lesson is: its id, title, summary and whether students may edit it.
    auto *about = new QFormLayout;
    m_id = new QLineEdit(m_lesson.id, this);
    m_id->setPlaceholderText(tr("my-lesson (lower case, digits and dashes)"));
    m_title = new QLineEdit(m_lesson.title, this);
    m_summary = new QLineEdit(m_lesson.summary, this);
    m_locked = new QCheckBox(tr("Locked: students can run it but not edit it"), this);
    m_locked->setChecked(m_lesson.locked);
    about->addRow(tr("Id"), m_id);
    about->addRow(tr("Title"), m_title);
    about->addRow(tr("Summary"), m_summary);
    about->addRow(QString(), m_locked);
    return about;
}

QVBoxLayout *LessonEditor::buildStepList()
{
    // The steps in order, with the buttons that add, remove and reorder them.
    auto *left = new QVBoxLayout;
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("lessonSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    left->addWidget(m_steps, 1);
    auto *record = new QPushButton(tr("Add the Canvas as a Step"), this);
    record->setToolTip(tr("The topology on the canvas now, with the actions recorded in its scenario, becomes a new step"));
    auto *remove = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove"), this);
    auto *up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"), this);
    auto *down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Down"), this);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(remove);
    stepButtons->addWidget(up);
    stepButtons->addWidget(down);
    left->addWidget(record);
    left->addLayout(stepButtons);

    connect(record, &QPushButton::clicked, this, &LessonEditor::addStepFromCanvas);
    connect(remove, &QPushButton::clicked, this, &LessonEditor::removeStep);
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(+1); });
    return left;
}

QGroupBox *LessonEditor::buildStepForm()
{
    // The current step: what it says, how long it runs, and its prediction question.
    auto *stepBox = new QGroupBox(tr("Step"), this);
    auto *form = new QFormLayout(stepBox);
    m_stepTitle = new QLineEdit(stepBox);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_narration = new QPlainTextEdit(stepBox);
    m_narration->setPlaceholderText(tr("What the class should notice, and why. Simple HTML: <p>, <b>, <i>."));
    m_runS = new QDoubleSpinBox(stepBox);
    m_runS->setRange(0.1, 3600);
    m_runS->setSuffix(tr(" s"));
    m_highlight = new QLineEdit(stepBox);
    m_highlight->setPlaceholderText(tr("node ids, separated by commas"));
    m_prompt = new QLineEdit(stepBox);
    m_prompt->setPlaceholderText(tr("Predict first: a question asked before the step runs (optional)"));
    m_choices = new QPlainTextEdit(stepBox);
    m_choices->setPlaceholderText(tr("One choice per line"));
    m_choices->setMaximumHeight(90);
    m_answer = new QComboBox(stepBox);
    m_explanation = new QLineEdit(stepBox);
    form->addRow(tr("Title"), m_stepTitle);
    form->addRow(tr("Narration"), m_narration);
    form->addRow(tr("Runs for"), m_runS);
    form->addRow(tr("Highlight"), m_highlight);
    form->addRow(tr("Question"), m_prompt);
    form->addRow(tr("Choices"), m_choices);
    form->addRow(tr("Answer"), m_answer);
    form->addRow(tr("Explanation"), m_explanation);
    // The answer is picked among the choices: they are its items.
    connect(m_choices, &QPlainTextEdit::textChanged, this, [this] {
        const int answer = m_answer->currentIndex();
        m_answer->clear();
        for (const QString &choice : m_choices->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_answer->addItem(choice);
        m_answer->setCurrentIndex(std::min(answer, m_answer->count() - 1));
    });
    return stepBox;
}

void LessonEditor::refreshList()
{
    const QSignalBlocker blocker(m_steps);
    m_steps->clear();
    for (int i = 0; i < m_lesson.steps.size(); ++i)
        m_steps->addItem(tr("%1. %2").arg(i + 1).arg(m_lesson.steps[i].title));
    m_steps->setCurrentRow(m_current);
}

void LessonEditor::storeStep(int index)
{
    if (index < 0 || index >= m_lesson.steps.size())
        return;
    LessonStep &step = m_lesson.steps[index];
    step.title = m_stepTitle->text();
    step.narration = m_narration->toPlainText();
    step.runS = m_runS->value();
    step.highlight.clear();
    for (const QString &id : m_highlight->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        step.highlight << id.trimmed();
    step.question.prompt = m_prompt->text();
    step.question.explanation = m_explanation->text();
    if (!step.question.isNumeric()) {
        // Feedback stays with its choice's text when choices are added, removed or moved.
        const QStringList choices = m_choices->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList feedback;
        for (const QString &choice : choices)
            feedback << step.question.feedbackFor(int(step.question.choices.indexOf(choice)));
        step.question.choices = choices;
        step.question.feedback = feedback;
        step.question.answer = m_answer->currentIndex();
    }
    if (QListWidgetItem *item = m_steps->item(index))
        item->setText(tr("%1. %2").arg(index + 1).arg(step.title));
}

void LessonEditor::showStep(int index)
{
    storeStep(m_current);
    m_current = index;
    const bool valid = index >= 0 && index < m_lesson.steps.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_stepTitle, m_narration, m_runS, m_highlight, m_prompt, m_choices,
                                                        m_answer, m_explanation})
        w->setEnabled(valid);
    if (!valid)
        return;
    const LessonStep &step = m_lesson.steps[index];
    m_stepTitle->setText(step.title);
    m_narration->setPlainText(step.narration);
    m_runS->setValue(step.runS);
    m_highlight->setText(step.highlight.join(QStringLiteral(", ")));
    m_prompt->setText(step.question.prompt);
    m_choices->setPlainText(step.question.choices.join(QLatin1Char('\n')));
    m_answer->setCurrentIndex(step.question.answer);
    m_explanation->setText(step.question.explanation);
    // A number to predict has no choices; its value and tolerance are the file's "numeric".
    const bool numeric = step.question.isNumeric();
    m_choices->setEnabled(!numeric);
    m_answer->setEnabled(!numeric);
    const QString numericNote = numeric ? tr("This step asks for a number (%1, within %2 %); edit \"numeric\" in the lesson file to change it")
                                              .arg(step.question.numeric->value).arg(step.question.numeric->tolerance * 100)
                                        : QString();
    m_choices->setToolTip(numericNote);
    m_answer->setToolTip(numericNote);
}

Lesson LessonEditor::lesson()
{
    storeStep(m_current);
    m_lesson.id = m_id->text().trimmed();
    m_lesson.title = m_title->text().trimmed();
    m_lesson.summary = m_summary->text().trimmed();
    m_lesson.locked = m_locked->isChecked();
    return m_lesson;
}

void LessonEditor::addStepFromCanvas()
{
    storeStep(m_current);
    LessonStep step;
    step.topology = m_document->topology();
    step.title = step.topology.name.isEmpty() ? tr("Step %1").arg(m_lesson.steps.size() + 1) : step.topology.name;
    m_lesson.steps.append(step);
    m_current = -1;
    refreshList();
    m_steps->setCurrentRow(static_cast<int>(m_lesson.steps.size()) - 1);
    m_status->setText(tr("Added \"%1\": %2 nodes, %3 recorded actions.")
                          .arg(step.title)
                          .arg(step.topology.nodes.size())
                          .arg(step.topology.events.size()));
}

void LessonEditor::removeStep()
{
    const int index = m_steps->currentRow();
    if (index < 0)
        return;
    m_lesson.steps.removeAt(index);
    m_current = -1;
    refreshList();
    m_steps->setCurrentRow(std::min(index, static_cast<int>(m_lesson.steps.size()) - 1));
}

void LessonEditor::moveStep(int by)
{
    const int from = m_steps->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_lesson.steps.size())
        return;
    storeStep(from);
    m_lesson.steps.move(from, to);
    m_current = -1;
    refreshList();
    m_steps->setCurrentRow(to);
}

bool LessonEditor::saveTo(const QString &fileName, QString *error)
{
    const Lesson edited = lesson();
    QString message;
    if (!LessonWriter::save(edited, fileName, &message)) {
        if (error)
            *error = message;
        return false;
    }
    // What was written must read back: the reader's words name anything that does not.
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(":/examples"));
    if (!reader.readFile(fileName)) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    return true;
}

bool LessonEditor::saveAs()
{
    const QString suggestion = QDir::home().filePath((m_id->text().isEmpty() ? QStringLiteral("lesson") : m_id->text())
                                                     + QStringLiteral(".lesson.json"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save lesson"), suggestion,
                                                      tr("ScaleLab lessons (*.lesson.json)"));
    if (file.isEmpty())
        return false;
    QString error;
    const bool ok = saveTo(file, &error);
    m_status->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(file))
                         : tr("Saved, but it does not read back as a lesson yet:\n%1").arg(error));
    return ok;
}

} // namespace scalelab
