// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonpanel.h"

#include "lessons/checkpointphrase.h"
#include "lessons/lessonchallengebox.h"
#include "lessons/lessonchoice.h"
#include "lessons/lessonexplorebox.h"
#include "lessons/lessonsession.h"
#include "settings/themecontroller.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTextDocument>
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
    m_body = new QWidget(this);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(12, 8, 12, 8);

    buildHeading();
    buildContent(session);
    QHBoxLayout *buttons = buildStepButtons();

    m_bodyLayout->addWidget(m_lessonTitle);
    m_bodyLayout->addWidget(m_position);
    m_bodyLayout->addWidget(m_score);
    m_bodyLayout->addWidget(m_progress);
    m_bodyLayout->addWidget(m_stepTitle);
    m_bodyLayout->addWidget(m_scroll, 1);
    m_bodyLayout->addLayout(buttons);
    setWidget(m_body);
    // The type is fitted to the body's height whenever the dock gives it another size.
    m_body->installEventFilter(this);

    connectSession(session, parent);
    applyScale(1.0);
}

void LessonPanel::buildHeading()
{
    // The lesson's title, where in it we are, the score and the step's title.
    m_lessonTitle = new QLabel(m_body);
    m_lessonTitle->setWordWrap(true);
    ThemeController::useMutedText(m_lessonTitle, QStringLiteral("font-weight: bold;"));
    m_position = new QLabel(m_body);
    m_score = new QLabel(m_body);
    m_score->setObjectName(QStringLiteral("lessonScore"));
    m_score->setToolTip(tr("Questions whose answer has been shown, and how many of your predictions were right"));
    m_score->hide();
    m_progress = new QProgressBar(m_body);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_stepTitle = new QLabel(m_body);
    m_stepTitle->setWordWrap(true);
}

void LessonPanel::buildContent(LessonSession *session)
{
    // What the step says scrolls as one piece between the title and the buttons.
    m_scroll = new QScrollArea(m_body);
    m_scroll->setObjectName(QStringLiteral("lessonScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scroll);
    m_content->setObjectName(QStringLiteral("lessonContent"));
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    m_narration = new QLabel(m_content);
    m_narration->setObjectName(QStringLiteral("lessonNarration"));
    m_narration->setTextFormat(Qt::RichText);
    m_narration->setWordWrap(true);
    m_narration->setOpenExternalLinks(true);
    m_narration->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_narration->setAccessibleName(tr("Narration"));

    buildQuestionBox();
    buildCheckpointBox();

    m_challengeBox = new LessonChallengeBox(session, m_content);
    m_exploreBox = new LessonExploreBox(session, m_content);
    // A grade or a curve that comes in changes the page's height: fit the type again.
    connect(session, &LessonSession::challengeChanged, this, &LessonPanel::fitType, Qt::QueuedConnection);
    connect(session, &LessonSession::exploreChanged, this, &LessonPanel::fitType, Qt::QueuedConnection);

    contentLayout->addWidget(m_narration);
    contentLayout->addWidget(m_questionBox);
    contentLayout->addWidget(m_exploreBox);
    contentLayout->addWidget(m_challengeBox);
    contentLayout->addWidget(m_checkpointBox);
    contentLayout->addStretch(1);
    m_scroll->setWidget(m_content);
}

void LessonPanel::buildQuestionBox()
{
    // The prediction: the prompt, then choices or a number with its unit, then the answer.
    m_questionBox = new QGroupBox(tr("Predict first"), m_content);
    auto *questionLayout = new QVBoxLayout(m_questionBox);
    m_prompt = new QLabel(m_questionBox);
    m_prompt->setObjectName(QStringLiteral("lessonPrompt"));
    m_prompt->setWordWrap(true);
    m_choicesLayout = new QVBoxLayout;
    m_choices = new QButtonGroup(this);
    m_numberRow = new QWidget(m_questionBox);
    auto *numberLayout = new QHBoxLayout(m_numberRow);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    m_number = new QLineEdit(m_numberRow);
    m_number->setObjectName(QStringLiteral("lessonNumber"));
    m_number->setPlaceholderText(tr("Your prediction"));
    m_number->setAccessibleName(tr("Your prediction"));
    m_number->setMaximumWidth(160);
    m_unit = new QLabel(m_numberRow);
    numberLayout->addWidget(m_number);
    numberLayout->addWidget(m_unit);
    numberLayout->addStretch(1);
    m_answer = new QLabel(m_questionBox);
    m_answer->setObjectName(QStringLiteral("lessonAnswer"));
    m_answer->setWordWrap(true);
    questionLayout->addWidget(m_prompt);
    questionLayout->addLayout(m_choicesLayout);
    questionLayout->addWidget(m_numberRow);
    questionLayout->addWidget(m_answer);
}

void LessonPanel::buildCheckpointBox()
{
    m_checkpointBox = new QGroupBox(tr("What this step shows"), m_content);
    auto *checkpointLayout = new QVBoxLayout(m_checkpointBox);
    m_checkpoints = new QLabel(m_checkpointBox);
    m_checkpoints->setObjectName(QStringLiteral("lessonCheckpoints"));
    m_checkpoints->setWordWrap(true);
    m_checkpoints->setTextFormat(Qt::RichText);
    checkpointLayout->addWidget(m_checkpoints);
}

QHBoxLayout *LessonPanel::buildStepButtons()
{
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), m_body);
    m_back->setToolTip(tr("The step before, as it started (Page Up)"));
    m_restart = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Restart step"), m_body);
    m_restart->setToolTip(tr("Run this step again from the beginning"));
    m_next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("Next"), m_body);
    m_next->setToolTip(tr("The next step (Page Down)"));
    m_next->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addWidget(m_restart);
    buttons->addStretch();
    buttons->addWidget(m_next);
    return buttons;
}

void LessonPanel::connectSession(LessonSession *session, QWidget *parent)
{
    // The buttons and keys drive the session; the session's news redraws the panel.
    connect(m_back, &QPushButton::clicked, session, &LessonSession::back);
    connect(m_next, &QPushButton::clicked, session, &LessonSession::next);
    connect(m_restart, &QPushButton::clicked, session, &LessonSession::restart);
    connect(m_choices, &QButtonGroup::idClicked, session, [session](int choice) { session->predict({choice, std::nullopt}); });
    connect(m_number, &QLineEdit::textEdited, this, &LessonPanel::numberEdited);
    // A presenter's clicker sends Page Up / Page Down.
    auto *nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), parent ? parent : this);
    connect(nextKey, &QShortcut::activated, session, [session] { if (session->isOpen()) session->next(); });
    auto *backKey = new QShortcut(QKeySequence(Qt::Key_PageUp), parent ? parent : this);
    connect(backKey, &QShortcut::activated, session, [session] { if (session->isOpen()) session->back(); });
    connect(session, &LessonSession::stepChanged, this, &LessonPanel::showStep);
    connect(session, &LessonSession::progressed, this, &LessonPanel::showProgress);
    connect(session, &LessonSession::opened, this, &QWidget::show);
    connect(session, &LessonSession::closed, this, &QWidget::hide);
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
    m_narration->setText(step.narration);

    m_questionBox->setVisible(step.question.isSet());
    for (LessonChoice *choice : std::as_const(m_choiceRows)) {
        m_choices->removeButton(choice->button());
        delete choice;
    }
    m_choiceRows.clear();
    m_prompt->setText(step.question.prompt);
    const Prediction prediction = m_session->prediction();
    for (int i : m_session->choiceOrder()) {
        auto *choice = new LessonChoice(step.question.choices[i], m_questionBox);
        choice->setFont(m_prompt->font());
        m_choices->addButton(choice->button(), i);  // the id is the choice's index in the file
        choice->button()->setChecked(prediction.choice == i);
        m_choicesLayout->addWidget(choice);
        // Now, not when the layout gets round to it: fitType() measures only what is shown.
        choice->show();
        m_choiceRows << choice;
    }
    m_numberRow->setVisible(step.question.isNumeric());
    m_number->setText(prediction.number ? number(*prediction.number) : QString());
    m_unit->setText(step.question.numeric ? step.question.numeric->unit : QString());
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_session->stepCount());
    m_scroll->ensureVisible(0, 0);
    showProgress();
}

void LessonPanel::showProgress()
{
    if (!m_session->isOpen())
        return;
    const LessonStep &step = m_session->step();
    if (step.question.isSet()) {
        const bool locked = m_session->isPredictionLocked();
        for (LessonChoice *choice : std::as_const(m_choiceRows))
            choice->setEnabled(!locked);
        m_number->setReadOnly(locked);
        m_answer->setText(answerHtml());
    }
    const int revealed = m_session->revealedQuestions();
    m_score->setVisible(revealed > 0 || m_session->challengeTries() > 0 || m_session->metChallenges() > 0);
    m_score->setText(scoreText());
    m_checkpointBox->setVisible(!step.checkpoints.isEmpty());
    QStringList lines;
    for (const QString &line : checkpointLines())
        lines << line.toHtmlEscaped();
    m_checkpoints->setText(lines.join(QStringLiteral("<br>")));
    fitType();
}

QString LessonPanel::answerHtml() const
{
    const LessonStep &step = m_session->step();
    const LessonQuestion &question = step.question;
    const Prediction prediction = m_session->prediction();
    if (!m_session->isStepDone()) {
        if (m_session->isPredictionLocked() && prediction.isMade())
            return tr("<i>Your prediction is in: the answer shows when the step has run %1 s.</i>").arg(number(step.runS));
        if (m_session->isPredictionLocked())
            return tr("<i>The step started before a prediction was made; the answer shows when it has run %1 s.</i>").arg(number(step.runS));
        return question.isNumeric()
                   ? tr("<i>Type your prediction, then press Run: the answer shows when the step has run %1 s.</i>").arg(number(step.runS))
                   : tr("<i>Pick an answer, then press Run: the answer shows when the step has run %1 s.</i>").arg(number(step.runS));
    }
    QString verdict;
    if (prediction.isMade())
        verdict = isRightPrediction(question, prediction) ? tr("<b>Right.</b> ") : tr("<b>Not quite.</b> ");
    if (question.numeric) {
        const NumericAnswer &n = *question.numeric;
        const QString value = n.unit.isEmpty() ? number(n.value) : tr("%1 %2").arg(number(n.value), n.unit.toHtmlEscaped());
        QString text = tr("%1The answer: <b>%2</b> (within %3 % counts as right).")
                           .arg(verdict, value, number(n.tolerance * 100));
        if (prediction.number)
            text += QLatin1Char(' ') + tr("You predicted %1.").arg(number(*prediction.number));
        return text + QLatin1Char(' ') + question.explanation;
    }
    const QString right = question.choices.value(question.answer);
    QString text = tr("%1The answer: <b>%2</b>.").arg(verdict, right.toHtmlEscaped());
    // What the student's own choice shows: the misconception behind it, or why it is right.
    const QString feedback = question.feedbackFor(prediction.choice);
    if (!feedback.isEmpty())
        text += QLatin1Char(' ') + tr("<i>Your choice, \u201C%1\u201D:</i> %2").arg(question.choices.value(prediction.choice).toHtmlEscaped(), feedback);
    return text + QLatin1Char(' ') + question.explanation;
}

void LessonPanel::numberEdited(const QString &text)
{
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    // Typed the C way (a point in a German locale) is read too: a number is a number.
    const double fallback = ok ? value : text.trimmed().toDouble(&ok);
    m_session->predict(ok ? Prediction{-1, fallback} : Prediction{});
}

QString LessonPanel::scoreText() const
{
    QStringList parts;
    const int revealed = m_session->revealedQuestions();
    if (revealed > 0)
        parts << tr("Predictions: %1 right of %2 so far").arg(m_session->rightPredictions()).arg(revealed);
    if (m_session->metChallenges() > 0 || m_session->challengeTries() > 0)
        parts << tr("Challenges met: %1 of %2").arg(m_session->metChallenges()).arg(m_session->challengeCount());
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString LessonPanel::narrationText() const
{
    QTextDocument document;
    document.setHtml(m_narration->text());
    return document.toPlainText();
}

QString LessonPanel::answerText() const
{
    QTextDocument document;
    document.setHtml(m_answer->text());
    return document.toPlainText();
}

QStringList LessonPanel::checkpointLines() const
{
    QStringList lines;
    if (!m_session->isOpen())
        return lines;
    const LessonStep &step = m_session->step();
    for (int i = 0; i < step.checkpoints.size(); ++i) {
        const Checkpoint &c = step.checkpoints[i];
        const QString claim = CheckpointPhrase::claim(c);
        const std::optional<CheckpointResult> &result = m_session->results().value(i);
        if (!result)
            lines << tr("\u25CB %1 (at %2 s)").arg(claim, number(c.byS));
        else if (!result->actual)
            lines << tr("\u2717 %1 (%2: not reported in this run)").arg(claim, CheckpointPhrase::name(c.metric));
        else if (result->passed)
            lines << tr("\u2713 %1 (%2)").arg(claim, CheckpointPhrase::sentence(c.metric, *result->actual));
        else
            lines << tr("\u2717 %1 (in this run %2)").arg(claim, CheckpointPhrase::sentence(c.metric, *result->actual));
    }
    return lines;
}

bool LessonPanel::isAnswerShown() const
{
    return m_session->isOpen() && m_session->isStepDone() && m_session->step().question.isSet();
}

} // namespace scalelab
