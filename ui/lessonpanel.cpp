#include "lessonpanel.h"

#include "lessonsession.h"
#include "themecontroller.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace scalelab {

namespace {
QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}
} // namespace

LessonPanel::LessonPanel(LessonSession *session, QWidget *parent)
    : QDockWidget(tr("Lesson"), parent), m_session(session)
{
    setObjectName(QStringLiteral("lessonDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(12, 8, 12, 8);

    m_lessonTitle = new QLabel(body);
    m_lessonTitle->setWordWrap(true);
    ThemeController::useMutedText(m_lessonTitle, QStringLiteral("font-weight: bold;"));
    m_position = new QLabel(body);
    m_progress = new QProgressBar(body);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_stepTitle = new QLabel(body);
    m_stepTitle->setWordWrap(true);
    m_narration = new QTextBrowser(body);
    m_narration->setObjectName(QStringLiteral("lessonNarration"));
    m_narration->setOpenExternalLinks(true);
    m_narration->setFrameShape(QFrame::NoFrame);
    m_narration->setAccessibleName(tr("Narration"));

    m_questionBox = new QGroupBox(tr("Predict first"), body);
    auto *questionLayout = new QVBoxLayout(m_questionBox);
    m_prompt = new QLabel(m_questionBox);
    m_prompt->setWordWrap(true);
    m_choicesLayout = new QVBoxLayout;
    m_choices = new QButtonGroup(this);
    m_answer = new QLabel(m_questionBox);
    m_answer->setObjectName(QStringLiteral("lessonAnswer"));
    m_answer->setWordWrap(true);
    questionLayout->addWidget(m_prompt);
    questionLayout->addLayout(m_choicesLayout);
    questionLayout->addWidget(m_answer);

    m_checkpointBox = new QGroupBox(tr("What this step shows"), body);
    auto *checkpointLayout = new QVBoxLayout(m_checkpointBox);
    m_checkpoints = new QLabel(m_checkpointBox);
    m_checkpoints->setObjectName(QStringLiteral("lessonCheckpoints"));
    m_checkpoints->setWordWrap(true);
    m_checkpoints->setTextFormat(Qt::RichText);
    checkpointLayout->addWidget(m_checkpoints);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), body);
    m_back->setToolTip(tr("The step before, as it started (Page Up)"));
    m_restart = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Restart step"), body);
    m_restart->setToolTip(tr("Run this step again from the beginning"));
    m_next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("Next"), body);
    m_next->setToolTip(tr("The next step (Page Down)"));
    m_next->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addWidget(m_restart);
    buttons->addStretch();
    buttons->addWidget(m_next);

    layout->addWidget(m_lessonTitle);
    layout->addWidget(m_position);
    layout->addWidget(m_progress);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_narration, 1);
    layout->addWidget(m_questionBox);
    layout->addWidget(m_checkpointBox);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_back, &QPushButton::clicked, session, &LessonSession::back);
    connect(m_next, &QPushButton::clicked, session, &LessonSession::next);
    connect(m_restart, &QPushButton::clicked, session, &LessonSession::restart);
    // A presenter's clicker sends Page Up / Page Down.
    auto *nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), parent ? parent : this);
    connect(nextKey, &QShortcut::activated, session, [session] { if (session->isOpen()) session->next(); });
    auto *backKey = new QShortcut(QKeySequence(Qt::Key_PageUp), parent ? parent : this);
    connect(backKey, &QShortcut::activated, session, [session] { if (session->isOpen()) session->back(); });
    connect(session, &LessonSession::stepChanged, this, &LessonPanel::showStep);
    connect(session, &LessonSession::progressed, this, &LessonPanel::showProgress);
    connect(session, &LessonSession::opened, this, &QWidget::show);
    connect(session, &LessonSession::closed, this, &QWidget::hide);
    setPresenterScale(1.0);
}

void LessonPanel::setPresenterScale(double scale)
{
    m_scale = scale;
    QFont base = font();
    const double points = (base.pointSizeF() > 0 ? base.pointSizeF() : 10.0) * scale;
    QFont large = base;
    large.setPointSizeF(points * 1.1);
    m_narration->setFont(large);
    m_prompt->setFont(large);
    QFont title = base;
    title.setPointSizeF(points * 1.5);
    title.setBold(true);
    m_stepTitle->setFont(title);
    if (m_session->isOpen())
        showStep();
}

void LessonPanel::showStep()
{
    const Lesson &lesson = m_session->lesson();
    const LessonStep &step = m_session->step();
    const int index = m_session->stepIndex();
    m_lessonTitle->setText(lesson.title + (lesson.locked ? tr("  (locked)") : QString()));
    m_position->setText(tr("Step %1 of %2").arg(index + 1).arg(m_session->stepCount()));
    m_progress->setRange(0, m_session->stepCount());
    m_progress->setValue(index + 1);
    m_stepTitle->setText(step.title);
    m_narration->setHtml(step.narration);

    m_questionBox->setVisible(step.question.isSet());
    for (QAbstractButton *button : m_choices->buttons()) {
        m_choices->removeButton(button);
        delete button;
    }
    m_prompt->setText(step.question.prompt);
    for (int i = 0; i < step.question.choices.size(); ++i) {
        auto *choice = new QRadioButton(step.question.choices[i], m_questionBox);
        choice->setFont(m_prompt->font());
        m_choices->addButton(choice, i);
        m_choicesLayout->addWidget(choice);
    }
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_session->stepCount());
    showProgress();
}

void LessonPanel::showProgress()
{
    if (!m_session->isOpen())
        return;
    const LessonStep &step = m_session->step();
    const bool done = m_session->isStepDone();
    if (step.question.isSet()) {
        const int picked = m_choices->checkedId();
        if (!done) {
            m_answer->setText(tr("<i>Pick an answer, then press Run: the answer shows when the step has run %1 s.</i>")
                                  .arg(number(step.runS)));
        } else {
            const QString right = step.question.choices.value(step.question.answer);
            QString verdict;
            if (picked >= 0)
                verdict = picked == step.question.answer ? tr("<b>Right.</b> ") : tr("<b>Not quite.</b> ");
            m_answer->setText(tr("%1The answer: <b>%2</b>. %3").arg(verdict, right.toHtmlEscaped(), step.question.explanation));
        }
    }
    m_checkpointBox->setVisible(!step.checkpoints.isEmpty());
    QStringList lines;
    for (const QString &line : checkpointLines())
        lines << line.toHtmlEscaped();
    m_checkpoints->setText(lines.join(QStringLiteral("<br>")));
}

QString LessonPanel::narrationText() const
{
    return m_narration->toPlainText();
}

QStringList LessonPanel::checkpointLines() const
{
    QStringList lines;
    if (!m_session->isOpen())
        return lines;
    const LessonStep &step = m_session->step();
    for (int i = 0; i < step.checkpoints.size(); ++i) {
        const Checkpoint &c = step.checkpoints[i];
        const QString claim = c.says.isEmpty() ? QStringLiteral("%1 %2 %3").arg(c.metric, c.op, number(c.value)) : c.says;
        const std::optional<CheckpointResult> &result = m_session->results().value(i);
        if (!result)
            lines << tr("\u25CB %1 (at %2 s)").arg(claim, number(c.byS));
        else if (result->passed)
            lines << tr("\u2713 %1 (%2 = %3)").arg(claim, c.metric, number(*result->actual));
        else
            lines << tr("\u2717 %1 (%2 = %3 in this run)")
                         .arg(claim, c.metric, result->actual ? number(*result->actual) : tr("not reported"));
    }
    return lines;
}

bool LessonPanel::isAnswerShown() const
{
    return m_session->isOpen() && m_session->isStepDone() && m_session->step().question.isSet();
}

} // namespace scalelab
