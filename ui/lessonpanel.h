#pragma once

#include <QDockWidget>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace scalelab {

class LessonSession;

/// The lesson beside the live canvas: where we are (step 3 of 12), the step's narration,
/// its predict-first question (answered once the step has run), and what the step claims,
/// each claim ticked when the run shows it. Back, Next and Restart; Page Up / Page Down too,
/// so a presenter's clicker works.
class LessonPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(LessonSession *session, QWidget *parent = nullptr);

    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    /// The narration as shown (for tests and the handout).
    QString narrationText() const;
    /// "✓ …" / "✗ …" / "… (at 30 s)" per checkpoint, as listed.
    QStringList checkpointLines() const;
    bool isAnswerShown() const;
    /// Larger type for presenter mode.
    void setPresenterScale(double scale);

private:
    void showStep();
    void showProgress();

    LessonSession *m_session;
    QLabel *m_lessonTitle;
    QLabel *m_position;
    QProgressBar *m_progress;
    QLabel *m_stepTitle;
    QTextBrowser *m_narration;
    QGroupBox *m_questionBox;
    QLabel *m_prompt;
    QVBoxLayout *m_choicesLayout;
    QButtonGroup *m_choices;
    QLabel *m_answer;
    QGroupBox *m_checkpointBox;
    QLabel *m_checkpoints;
    QPushButton *m_back;
    QPushButton *m_restart;
    QPushButton *m_next;
    double m_scale = 1.0;
};

} // namespace scalelab
