// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonhandout.h"

#include "lessons/checkpointphrase.h"
#include "lessons/lessonchallengebox.h"

#include "canvas/topologyscene.h"
#include "sim/simulation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace scalelab {

namespace {

// lupdate files these tr() calls under the namespace they sit in: the context must match.
QString tr(const char *text)
{
    return QCoreApplication::translate("scalelab::LessonHandout", text);
}

class Pages
{
    Q_DECLARE_TR_FUNCTIONS(LessonHandout)

public:
    explicit Pages(QPdfWriter &writer) : m_writer(writer), m_painter(&writer)
    {
        m_width = writer.width();
        m_height = writer.height();
    }

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }

    void newPage()
    {
        m_writer.newPage();
        m_y = 0;
    }

    /// Rich text across the page; starts a new page when it would not fit.
    void text(const QString &html, double pointSize)
    {
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(pointSize);
        document.setDefaultFont(font);
        // QTextDocument lays out in device pixels of the paint device.
        document.setPageSize(QSizeF(m_width, 1e9));
        document.setHtml(html);
        document.setTextWidth(m_width);
        const qreal height = document.size().height();
        ensureRoom(height);
        m_painter.save();
        m_painter.translate(0, m_y);
        document.drawContents(&m_painter);
        m_painter.restore();
        m_y += height + m_width * 0.01;
    }

    void picture(TopologyScene &scene)
    {
        const QRectF source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20);
        const qreal height = std::min<qreal>(m_height * 0.42, m_width * source.height() / std::max<qreal>(source.width(), 1));
        ensureRoom(height);
        const QRectF target(0, m_y, m_width, height);
        m_painter.setPen(QPen(QColor(0xCF, 0xD8, 0xDC), m_width * 0.002));
        m_painter.drawRect(target);
        scene.render(&m_painter, target, source, Qt::KeepAspectRatio);
        m_y += height + m_width * 0.02;
    }

private:
    void ensureRoom(qreal height)
    {
        if (m_y > 0 && m_y + height > m_height)
            newPage();
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

bool LessonHandout::write(const Lesson &lesson, const QString &fileName, QString *error)
{
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(lesson.title);
    writer.setCreator(QStringLiteral("ScaleLab"));
    Pages pages(writer);
    if (!pages.isActive()) {
        if (error)
            *error = QCoreApplication::translate("scalelab::LessonHandout", "cannot write %1").arg(fileName);
        return false;
    }

    pages.text(QStringLiteral("<h1>%1</h1><p>%2</p>").arg(escaped(lesson.title), escaped(lesson.summary)), 11);
    for (int i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        if (i > 0)
            pages.newPage();
        pages.text(QStringLiteral("<h2>%1 %2. %3</h2>").arg(tr("Step")).arg(i + 1).arg(escaped(step.title)), 11);

        // The canvas as the class sees it when the step's run ends.
        const double at = std::min(step.runS, kMaxSnapshotS);
        TopologyScene scene;
        scene.setTopology(step.topology);
        if (std::unique_ptr<Simulation> simulation = Simulation::create(step.topology)) {
            simulation->runUntil(SimTime::fromS(at));
            scene.syncFrom(*simulation);
        }
        pages.picture(scene);
        pages.text(QStringLiteral("<p><i>%1</i></p>").arg(tr("The canvas at t = %1 s.").arg(at)), 8);
        pages.text(step.narration, 11);
        if (step.question.isSet())
            pages.text(questionHtml(step.question), 11);
        if (step.challenge)
            pages.text(challengeHtml(*step.challenge), 11);
        if (step.explore)
            pages.text(exploreHtml(*step.explore), 11);
        if (!step.checkpoints.isEmpty()) {
            QString claims;
            for (const Checkpoint &c : step.checkpoints)
                claims += QStringLiteral("<li>%1</li>").arg(escaped(CheckpointPhrase::claim(c)));
            pages.text(QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Look for"), claims), 10);
        }
    }

    // The answer key on its own page.
    pages.newPage();
    pages.text(answerKeyHtml(lesson), 10);
    pages.painter().end();
    if (!QFile::exists(fileName)) {
        if (error)
            *error = tr("cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

QString LessonHandout::questionHtml(const LessonQuestion &question)
{
    // Predict first: the choices with boxes to tick, or a line for a number.
    QString choices;
    for (int c = 0; c < question.choices.size(); ++c)
        choices += QStringLiteral("<p>\u2610 %1. %2</p>").arg(QChar(u'A' + c)).arg(escaped(question.choices[c]));
    if (const auto &n = question.numeric)
        choices += QStringLiteral("<p>%1 ____________ %2</p>").arg(tr("Your prediction:"), escaped(n->unit));
    return QStringLiteral("<h3>%1</h3><p>%2</p>%3").arg(tr("Predict first"), escaped(question.prompt), choices);
}

QString LessonHandout::challengeHtml(const LessonChallenge &challenge)
{
    // The goal, what may be changed, and each checkpoint with a box to tick.
    QString goals;
    for (const Checkpoint &c : challenge.checkpoints)
        goals += QStringLiteral("<li>\u2610 %1</li>").arg(escaped(CheckpointPhrase::claim(c)));
    return QStringLiteral("<h3>%1</h3>%2<p><i>%3</i></p><ul>%4</ul>")
        .arg(tr("Your turn: a challenge"), challenge.goal, escaped(LessonChallengeBox::allowanceText(challenge)), goals);
}

QString LessonHandout::exploreHtml(const LessonExplore &explore)
{
    // The slider's range and the question to sketch before using it.
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
        .arg(tr("Explore"),
             escaped(tr("%1 from %2 to %3: sketch how %4 changes, then check on the slider.")
                         .arg(explore.xLabel())
                         .arg(QLocale().toString(explore.values.constFirst()), QLocale().toString(explore.values.constLast()))
                         .arg(explore.yLabel())));
}

QString LessonHandout::answerKeyHtml(const Lesson &lesson)
{
    // For the teacher: a way to each challenge's goal, each question's answer and why.
    QString answers = QStringLiteral("<h1>%1</h1>").arg(tr("Answer key"));
    for (int i = 0; i < lesson.steps.size(); ++i) {
        if (const auto &challenge = lesson.steps[i].challenge) {
            // One way to the goal, for the teacher: the solution's changes as the file has them.
            QStringList changes;
            for (const QJsonValue &change : challenge->solution)
                changes << escaped(QString::fromUtf8(QJsonDocument(change.toObject()).toJson(QJsonDocument::Compact)));
            answers += QStringLiteral("<p><b>%1 %2.</b> %3<br><tt>%4</tt></p>")
                           .arg(tr("Step")).arg(i + 1).arg(tr("One way to reach the goal:"), changes.join(QStringLiteral("<br>")));
        }
        const LessonQuestion &q = lesson.steps[i].question;
        if (!q.isSet())
            continue;
        const QString answer = q.numeric ? tr("%1 %2 (within %3 %)").arg(q.numeric->value).arg(escaped(q.numeric->unit)).arg(q.numeric->tolerance * 100)
                                         : QStringLiteral("%1. %2").arg(QChar(u'A' + q.answer)).arg(escaped(q.choices.value(q.answer)));
        answers += QStringLiteral("<p><b>%1 %2.</b> %3 <b>%4</b><br>%5</p>")
                       .arg(tr("Step"))
                       .arg(i + 1)
                       .arg(escaped(q.prompt))
                       .arg(answer)
                       .arg(escaped(q.explanation));
    }
    return answers;
}

} // namespace scalelab
