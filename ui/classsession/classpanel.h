// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace scalelab {

class ChallengeResultsView;
class FigureLabel;
class ClassroomSession;

/// The Class dock: start a session (port), then what the class needs to join (the address,
/// the code and a QR code of the address, large enough to read from the back of the room)
/// and what the teacher needs to run a vote: how many answered, who has not, the count per
/// choice (hidden from the projector until the reveal unless the teacher asks), Reveal, Ask
/// again (a second vote after discussion, both shown), Export answers as CSV, and a log of
/// the clients refused or dropped and why.
class ClassPanel : public QDockWidget
{
    Q_OBJECT
public:
    ClassPanel(ClassroomSession *session, QWidget *parent = nullptr);

    /// Starts the session from the panel's port (the menu's Start comes here too).
    void startFromPanel();
    /// Re-reads the session now (tests; otherwise at most ten times a second).
    void refreshNow();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createStartPage();
    QWidget *createSessionPage();
    QHBoxLayout *createVoteButtons(QWidget *page);
    /// Stop Class Session: with students connected, asks first (it ends the class for all).
    void confirmStop();
    void showRunning(bool running);
    void refreshQuestion();
    void refreshCounts();
    void exportAnswers();
    /// The QR code as large as the dock's width allows (presenter mode: readable from the back).
    void fitQrCode();

    ClassroomSession *m_session;
    QStackedWidget *m_pages = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_startError = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_qr = nullptr;
    FigureLabel *m_students = nullptr;
    QLabel *m_prompt = nullptr;
    FigureLabel *m_answered = nullptr;
    QWidget *m_counts = nullptr;
    QVBoxLayout *m_countsLayout = nullptr;
    QList<QWidget *> m_countRows;  ///< in m_countsLayout: a FigureLabel or a QProgressBar each
    QLabel *m_missing = nullptr;
    QCheckBox *m_liveCounts = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_again = nullptr;
    ChallengeResultsView *m_challenge = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace scalelab
