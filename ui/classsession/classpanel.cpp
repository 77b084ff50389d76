// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/classpanel.h"

#include "classsession/challengeresultsview.h"
#include "classsession/classroomsession.h"
#include "classsession/figurelabel.h"
#include "classsession/qrcodeimage.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab {

namespace {
constexpr int kDefaultPort = 8080;

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// One row of the counts: a figure (bar < 0) or a bar of `value` out of `bar` with `text` on it.
struct CountRow
{
    QString text;
    int bar = -1;
    int value = 0;
};

bool sameShape(const std::vector<CountRow> &rows, const QList<QWidget *> &widgets)
{
    return std::equal(rows.begin(), rows.end(), widgets.begin(), widgets.end(), [](const CountRow &row, QWidget *widget) {
        return (row.bar < 0) == (qobject_cast<QProgressBar *>(widget) == nullptr);
    });
}
} // namespace

ClassPanel::ClassPanel(ClassroomSession *session, QWidget *parent) : QDockWidget(tr("Class"), parent), m_session(session)
{
    setObjectName(QStringLiteral("classDock"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createStartPage());
    m_pages->addWidget(createSessionPage());
    setWidget(m_pages);
    // Sixty students answering at once must not redraw the panel sixty times: once per 100 ms at most.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &ClassPanel::refreshNow);
    connect(&session->host(), &classroom::ClassHost::changed, m_refresh, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    connect(&session->host(), &classroom::ClassHost::logged, this, [this](const QString &line) {
        m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    });
    connect(session, &ClassroomSession::runningChanged, this, &ClassPanel::showRunning);
    connect(session, &ClassroomSession::startRequested, this, [this] {
        show();
        raise();
        m_port->setFocus();
    });
    showRunning(session->running());
}

QWidget *ClassPanel::createStartPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("Students join from a phone or laptop on this network: they open the address shown, "
                                 "type the join code and their name, and answer each step's question. Nothing leaves "
                                 "the local network."), page));
    auto *form = new QFormLayout;
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("classPort"));
    m_port->setRange(1024, 65534);
    m_port->setValue(kDefaultPort);
    m_port->setToolTip(tr("The students' page is served on this port; their connections use the next one"));
    form->addRow(tr("Port:"), m_port);
    layout->addLayout(form);
    auto *start = new QPushButton(tr("Start Class Session"), page);
    start->setObjectName(QStringLiteral("startClassButton"));
    connect(start, &QPushButton::clicked, this, &ClassPanel::startFromPanel);
    layout->addWidget(start);
    m_startError = wrapped(QString(), page);
    m_startError->setObjectName(QStringLiteral("classStartError"));
    m_startError->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_startError);
    layout->addStretch(1);
    return page;
}

QWidget *ClassPanel::createSessionPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_address = new QLabel(page);
    m_address->setObjectName(QStringLiteral("classAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code = new QLabel(page);
    m_code->setObjectName(QStringLiteral("classCode"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_code->setFont(big);
    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("classQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setToolTip(tr("Students point their phone's camera here to open the page"));
    m_qr->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // fitQrCode sizes it to the dock
    m_students = new FigureLabel(page);
    m_students->setObjectName(QStringLiteral("classStudents"));
    layout->addWidget(m_address);
    layout->addWidget(m_code);
    layout->addWidget(m_qr);
    layout->addWidget(m_students);
    // The vote's buttons above what grows and shrinks below them (counts, who has not
    // answered): they stay where the teacher's mouse is as the vote goes on.
    layout->addLayout(createVoteButtons(page));

    m_prompt = wrapped(QString(), page);
    m_prompt->setObjectName(QStringLiteral("classPrompt"));
    m_answered = new FigureLabel(page);
    m_answered->setObjectName(QStringLiteral("classAnswered"));
    m_counts = new QWidget(page);
    m_countsLayout = new QVBoxLayout(m_counts);
    m_countsLayout->setContentsMargins(0, 0, 0, 0);
    m_missing = wrapped(QString(), page);
    m_missing->setObjectName(QStringLiteral("classMissing"));
    m_liveCounts = new QCheckBox(tr("Show the counts before the reveal"), page);
    m_liveCounts->setObjectName(QStringLiteral("classLiveCounts"));
    m_liveCounts->setToolTip(tr("Off: the projector shows only how many answered, so the counts do not sway the class"));
    connect(m_liveCounts, &QCheckBox::toggled, this, &ClassPanel::refreshNow);
    layout->addWidget(m_prompt);
    layout->addWidget(m_answered);
    layout->addWidget(m_counts);
    layout->addWidget(m_missing);
    layout->addWidget(m_liveCounts);
    m_challenge = new ChallengeResultsView(page);
    layout->addWidget(m_challenge);

    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(QStringLiteral("classLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(200);
    m_log->setPlaceholderText(tr("Clients refused or dropped, and why"));
    m_log->setMaximumHeight(90);
    layout->addStretch(1);
    layout->addWidget(m_log);
    // At the foot of the dock, away from Reveal: stopping ends the class for every student.
    auto *stop = new QPushButton(tr("Stop Class Session"), page);
    stop->setObjectName(QStringLiteral("classStop"));
    connect(stop, &QPushButton::clicked, this, &ClassPanel::confirmStop);
    layout->addWidget(stop);
    return page;
}

QHBoxLayout *ClassPanel::createVoteButtons(QWidget *page)
{
    auto *buttons = new QHBoxLayout;
    m_reveal = new QPushButton(tr("Reveal"), page);
    m_reveal->setObjectName(QStringLiteral("classReveal"));
    m_reveal->setToolTip(tr("Show the class's answers and the right one on every student's screen"));
    connect(m_reveal, &QPushButton::clicked, this, [this] { m_session->host().reveal(); });
    m_again = new QPushButton(tr("Ask Again"), page);
    m_again->setObjectName(QStringLiteral("classAskAgain"));
    m_again->setToolTip(tr("Peer instruction: let the class discuss, then vote a second time (both votes are kept)"));
    connect(m_again, &QPushButton::clicked, this, [this] { m_session->host().askAgain(); });
    auto *exportButton = new QPushButton(tr("Export Answers\u2026"), page);
    exportButton->setObjectName(QStringLiteral("classExport"));
    exportButton->setToolTip(tr("Save every answer of this session as a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &ClassPanel::exportAnswers);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_again);
    buttons->addWidget(exportButton);
    return buttons;
}

void ClassPanel::confirmStop()
{
    const int connected = m_session->host().session().connectedCount();
    if (connected > 0
        && QMessageBox::question(this, tr("Stop Class Session"),
                                 connected == 1 ? tr("The connected student loses the class. Stop the class session?")
                                                : tr("%1 connected students lose the class. Stop the class session?").arg(connected),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    m_session->stop();
}

void ClassPanel::startFromPanel()
{
    QString error;
    if (m_session->start(static_cast<quint16>(m_port->value()), QString(), &error))
        m_startError->clear();
    else
        m_startError->setText(tr("The session could not start: %1.").arg(error));
}

void ClassPanel::showRunning(bool running)
{
    m_pages->setCurrentIndex(running ? 1 : 0);
    if (running) {
        const classroom::ClassHost &host = m_session->host();
        m_address->setText(tr("Open <b>%1</b>").arg(host.joinUrl().section(QLatin1Char('?'), 0, 0)));
        m_code->setText(tr("Code: %1").arg(host.code()));
        fitQrCode();
        show();
        raise();
    }
    refreshNow();
}

void ClassPanel::resizeEvent(QResizeEvent *event)
{
    QDockWidget::resizeEvent(event);
    fitQrCode();
}

void ClassPanel::fitQrCode()
{
    if (!m_session->running())
        return;
    const QImage modules = qrCodeImage(m_session->host().joinUrl(), 1);
    if (modules.isNull())
        return;
    // Whole pixels per module (a blurred edge makes a code harder to read), 3 to 16 of them.
    const int perModule = std::clamp((width() * 7 / 10) / modules.width(), 3, 16);
    m_qr->setPixmap(QPixmap::fromImage(modules.scaled(modules.size() * perModule, Qt::IgnoreAspectRatio, Qt::FastTransformation)));
}

void ClassPanel::refreshNow()
{
    if (!m_session->running())
        return;
    const classroom::ClassSession &s = m_session->host().session();
    const int connected = s.connectedCount();
    const int apps = m_session->host().appCount();
    const QString students = connected == 1 ? tr("1 student connected") : tr("%1 students connected").arg(connected);
    m_students->setFigure(apps == 0 ? students : tr("%1 (%2 following in ScaleLab)").arg(students).arg(apps));
    refreshQuestion();
    refreshCounts();
    m_challenge->refresh(s);
}

void ClassPanel::refreshQuestion()
{
    const classroom::ClassSession &s = m_session->host().session();
    const bool open = s.question().has_value();
    const bool revealed = open && s.state() == classroom::QuestionState::Revealed;
    m_prompt->setText(open            ? s.question()->prompt
                      : s.challenge() ? tr("A challenge: students who joined from ScaleLab solve it on their own; a page waits.")
                                      : tr("No question on this step: the students wait for the next one."));
    m_answered->setVisible(open);
    m_answered->setFigure(tr("Vote %1: %2 of %3 answered").arg(s.round()).arg(s.answered(s.round())).arg(s.connectedCount()));
    const QStringList missing = s.notAnswered();
    // The text first: a hidden label takes it without laying the dock out, then shows once.
    m_missing->setText(tr("Not answered yet: %1").arg(missing.join(QStringLiteral(", "))));
    m_missing->setVisible(open && !revealed && !missing.isEmpty());
    m_reveal->setEnabled(open && !revealed);
    m_again->setEnabled(revealed && s.round() == 1);
    m_liveCounts->setVisible(open && !revealed);
}

void ClassPanel::refreshCounts()
{
    std::vector<CountRow> rows;
    const classroom::ClassSession &s = m_session->host().session();
    const bool revealed = s.question() && s.state() == classroom::QuestionState::Revealed;
    if (s.question() && (revealed || m_liveCounts->isChecked())) {
        const classroom::ClassQuestion &q = *s.question();
        for (int round = 1; round <= s.round(); ++round) {
            if (s.round() > 1)
                rows.push_back({tr("Vote %1: %2 of %3 right").arg(round).arg(s.right(round)).arg(s.answered(round)), -1, 0});
            if (q.isNumeric()) {
                rows.push_back({tr("%1 of %2 within %3% of %4 %5").arg(s.right(round)).arg(s.answered(round))
                                    .arg(q.tolerance * 100).arg(q.numericAnswer.value_or(0)).arg(q.unit), -1, 0});
                continue;
            }
            const std::vector<int> counts = s.counts(round);
            for (int c = 0; c < q.choices.size(); ++c) {
                const int count = counts[static_cast<std::size_t>(c)];
                const bool right = revealed && c == q.answer;
                rows.push_back({QStringLiteral("%1  %2%3").arg(count).arg(q.choices[c], right ? QStringLiteral("  \u2714") : QString()),
                                std::max(1, s.answered(round)), count});
            }
        }
    }
    // The rows shown already (the vote goes on): what changed is set in place. Only another
    // shape (counts shown or hidden, another question's choices, a second vote) builds them
    // again: new widgets re-lay out the dock, and it ten times a second cost milliseconds.
    if (!sameShape(rows, m_countRows)) {
        qDeleteAll(m_countRows);
        m_countRows.clear();
        for (const CountRow &row : rows) {
            QWidget *widget = row.bar < 0 ? static_cast<QWidget *>(new FigureLabel(m_counts)) : new QProgressBar(m_counts);
            if (auto *bar = qobject_cast<QProgressBar *>(widget))
                bar->setTextVisible(true);
            m_countsLayout->addWidget(widget);
            m_countRows << widget;
        }
    }
    // A progress bar repaints itself at once on a new value: the counts repaint together, later.
    m_counts->setUpdatesEnabled(false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CountRow &row = rows[i];
        auto *bar = qobject_cast<QProgressBar *>(m_countRows[static_cast<qsizetype>(i)]);
        if (!bar) {
            static_cast<FigureLabel *>(m_countRows[static_cast<qsizetype>(i)])->setFigure(row.text);
            continue;
        }
        if (bar->maximum() != row.bar)
            bar->setRange(0, row.bar);
        bar->setValue(row.value);
        bar->setFormat(row.text);
    }
    m_counts->setUpdatesEnabled(true);
}

void ClassPanel::exportAnswers()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Answers"), QStringLiteral("class-answers.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_session->host().session().csv()) < 0 || !out.commit())
        m_log->appendPlainText(tr("Could not save %1: %2").arg(file, out.errorString()));
}

} // namespace scalelab
