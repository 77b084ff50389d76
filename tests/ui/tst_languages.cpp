// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations at work: each language's interface and built-in lessons are
// translated when installed (the real :/i18n files, not a test stand-in), the rich text of a
// translated narration keeps its markup, a teacher's own lesson stays as written, and going
// back to English restores the original texts.

#include "lessons/lessonreader.h"
#include "lessons/lessonsession.h"
#include "lessons/lessontexts.h"
#include "lessons/lessontranslation.h"
#include "shell/languageswitcher.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace scalelab;

namespace {

Lesson builtIn(const QString &id)
{
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(":/examples"));
    std::optional<Lesson> lesson = reader.readFile(LessonSession::builtInLesson(id));
    if (!lesson)
        qFatal("%s", qPrintable(reader.errorText()));
    return *lesson;
}

// The tags of a rich text, in order ("<p>", "<b>", "</b>", ...), attributes dropped.
QStringList tags(const QString &richText)
{
    static const QRegularExpression tag(QStringLiteral("<(/?[a-zA-Z0-9]+)"));
    QStringList found;
    for (auto it = tag.globalMatch(richText); it.hasNext();)
        found << it.next().captured(1).toLower();
    return found;
}

// Every action of every menu of the window, by text.
QStringList menuTexts(MainWindow &window)
{
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (!action->isSeparator() && !action->text().isEmpty())
                    texts << action->text();
    }
    return texts;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void builtInLessonsAreTranslated_data();
    void builtInLessonsAreTranslated();
    void theMenusAreTranslated_data();
    void theMenusAreTranslated();
    void aTeachersOwnLessonStaysAsWritten();
};

void TestLanguages::initTestCase()
{
    LanguageSwitcher::instance()->setSearchPlaces({QStringLiteral(":/i18n")});
}

void TestLanguages::cleanup()
{
    LanguageSwitcher::instance()->install(QStringLiteral("en"));
}

void TestLanguages::builtInLessonsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lesson");
    for (const char *language : {"de", "es", "zh_CN"})
        for (const QString &id : LessonSession::builtInLessons())
            QTest::addRow("%s %s", language, qPrintable(id)) << QString::fromLatin1(language) << id;
}

void TestLanguages::builtInLessonsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, lesson);
    const Lesson english = builtIn(lesson);
    QVERIFY(LanguageSwitcher::instance()->install(language));
    Lesson translated = builtIn(lesson);
    translateLesson(translated);

    // Every text has an entry in lessons_<lang>.qm (a few, such as "Caching" in German, read
    // the same as the English and are still entries).
    QTranslator qm;
    QVERIFY(qm.load(QStringLiteral(":/i18n/lessons_%1.qm").arg(language)));
    Lesson texts = english;
    QStringList missing;
    forEachLessonText(texts, [&](QString &text, const QString &where) {
        if (qm.translate("Lesson", text.toUtf8().constData()).isEmpty())
            missing << where + QStringLiteral(": ") + text;
    });
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    QCOMPARE(translated.steps.size(), english.steps.size());
    for (qsizetype s = 0; s < english.steps.size(); ++s) {
        const LessonStep &was = english.steps[s];
        const LessonStep &now = translated.steps[s];
        const QByteArray where = QStringLiteral("step %1").arg(s + 1).toUtf8();
        QVERIFY2(now.narration != was.narration, where.constData());
        QCOMPARE(tags(now.narration), tags(was.narration));
        QCOMPARE(now.topology.name, now.title);   // the canvas heading, in the same language
        QCOMPARE(now.question.choices.size(), was.question.choices.size());
        QCOMPARE(now.question.answer, was.question.answer);
        QCOMPARE(now.question.prompt.isEmpty(), was.question.prompt.isEmpty());
        for (qsizetype c = 0; c < was.checkpoints.size(); ++c) {
            QCOMPARE(now.checkpoints[c].metric, was.checkpoints[c].metric);   // never translated
            QVERIFY2(now.checkpoints[c].says != was.checkpoints[c].says, where.constData());
        }
        QCOMPARE(now.topology.nodes.size(), was.topology.nodes.size());
    }

    // English again: the original texts.
    QVERIFY(LanguageSwitcher::instance()->install(QStringLiteral("en")));
    Lesson back = builtIn(lesson);
    translateLesson(back);
    QCOMPARE(back.title, english.title);
    QCOMPARE(back.steps.first().narration, english.steps.first().narration);
}

void TestLanguages::theMenusAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestLanguages::theMenusAreTranslated()
{
    QFETCH(QString, language);
    QStringList english;
    {
        MainWindow window;
        english = menuTexts(window);
    }
    QVERIFY(LanguageSwitcher::instance()->install(language));
    MainWindow window;
    const QStringList translated = menuTexts(window);
    QCOMPARE(translated.size(), english.size());
    // Lesson titles in the Lessons menu are translated too; only names such as "CDN" or a
    // shortcut list may read the same.
    int same = 0;
    for (qsizetype i = 0; i < english.size(); ++i)
        same += translated[i] == english[i];
    QVERIFY2(same * 10 < english.size(), qPrintable(QStringLiteral("%1 of %2 menu texts untranslated").arg(same).arg(english.size())));
}

void TestLanguages::aTeachersOwnLessonStaysAsWritten()
{
    QVERIFY(LanguageSwitcher::instance()->install(QStringLiteral("de")));
    Lesson own = builtIn(QStringLiteral("one-server-to-two"));
    own.title = QStringLiteral("Meine erste Stunde");
    own.steps.first().narration = QStringLiteral("<p>Written by the teacher.</p>");
    Lesson copy = own;
    translateLesson(copy);
    QCOMPARE(copy.title, own.title);
    QCOMPARE(copy.steps.first().narration, own.steps.first().narration);
    QVERIFY(copy.steps.first().title != own.steps.first().title);   // a built-in text still is
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
