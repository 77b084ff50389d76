// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QList>

class QButtonGroup;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace scalelab {

class LessonChallengeBox;
class LessonChoice;
class LessonExploreBox;
class LessonSession;

/// The lesson beside the live canvas: where we are (step 3 of 12), the step's narration,
/// its predict-first question (answered once the step has run), and what the step claims,
/// each claim ticked when the run shows it. Back, Next and Restart; Page Up / Page Down too,
/// so a presenter's clicker works. Everything between the step's title and the buttons wraps
/// to the panel's width and scrolls as one when the panel is short, so that no text is ever
/// drawn over other text and the panel never widens for a long line.
class LessonPanel : public QDockWidget
{
    Q_OBJECT

public:
    /// Presenter mode never makes the type smaller than this many times the normal size.
    static constexpr double kMinPresenterScale = 1.0;

    explicit LessonPanel(LessonSession *session, QWidget *parent = nullptr);

    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    /// The narration as shown (for tests and the handout).
    QString narrationText() const;
    /// "✓ …" / "✗ …" / "… (at 30 s)" per checkpoint, as listed.
    QStringList checkpointLines() const;
    bool isAnswerShown() const;
    /// The question's choices as shown, in order (a student's own order: see LessonSession).
    QList<LessonChoice *> choices() const { return m_choiceRows; }
    /// Where a numeric question's prediction is typed (hidden for choices).
    QLineEdit *numberField() const { return m_number; }
    LessonChallengeBox *challengeBox() const { return m_challengeBox; }
    LessonExploreBox *exploreBox() const { return m_exploreBox; }
    /// "Predictions: 2 right of 3 so far", empty before any answer was revealed.
    QString scoreText() const;
    /// The text under the choices: how to answer, then the answer and its explanation.
    QString answerText() const;
    /// Presenter mode: type up to `scale` times the normal size, as large as lets the whole
    /// step (narration, question, answer, checkpoints) show without scrolling; 1 is normal.
    /// The student's choice and the revealed answer stay as they are.
    void setPresenterScale(double scale);
    /// The type size in use, relative to normal.
    double typeScale() const { return m_applied; }
    /// Shows or hides the lesson's title, the step's position and title above the narration
    /// (presenter mode shows them in the window's header instead, and needs the height).
    void setHeadingShown(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The panel's parts, top down, and its wiring to the session.
    void buildHeading();
    void buildContent(LessonSession *session);
    void buildQuestionBox();
    void buildCheckpointBox();
    QHBoxLayout *buildStepButtons();
    void connectSession(LessonSession *session, QWidget *parent);
    void showStep();
    void showProgress();
    /// The question's answer, verdict and feedback once revealed; how to answer before.
    QString answerHtml() const;
    void numberEdited(const QString &text);
    void applyScale(double scale);
    /// Makes every layout in the panel measure again: the text or the type changed just now
    /// and fitType() asks for heights before the layouts' own next pass.
    void forgetMeasures();
    /// Fits the type to the panel's height (presenter mode) or sets it to normal.
    void fitType();
    void pinContentHeight();
    /// The panel's height that shows everything at the current type size and width.
    int requiredHeight() const;

    LessonSession *m_session;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QLabel *m_lessonTitle = nullptr;
    QLabel *m_position = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stepTitle = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_narration = nullptr;
    QGroupBox *m_questionBox = nullptr;
    QLabel *m_prompt = nullptr;
    QVBoxLayout *m_choicesLayout = nullptr;
    QButtonGroup *m_choices = nullptr;
    QList<LessonChoice *> m_choiceRows;
    QWidget *m_numberRow = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_answer = nullptr;
    QLabel *m_score = nullptr;
    LessonChallengeBox *m_challengeBox = nullptr;
    LessonExploreBox *m_exploreBox = nullptr;
    QGroupBox *m_checkpointBox = nullptr;
    QLabel *m_checkpoints = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_next = nullptr;
    double m_maxScale = 1.0;
    double m_applied = 0.0;
    bool m_fitting = false;
};

} // namespace scalelab
