// SPDX-License-Identifier: GPL-3.0-or-later
// `scalelab FILE --screenshot OUT.png --at S --size WxH` (DESIGN.md), run as a user would:
// the PNG has exactly the size asked for (presenter mode and lessons included), shows the
// window rather than a blank image, and a bad file or option writes no PNG and says why.
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString errors;
};

Run runGui(const QStringList &arguments)
{
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(SCALELAB_GUI), arguments);
    if (!gui.waitForFinished(120000))
        return {};
    return {gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1, QString::fromLocal8Bit(gui.readAllStandardError())};
}

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES_DIR "/%1.scalelab.json").arg(QLatin1String(name));
}

// Distinct colours in a coarse sample of the image: a blank or single-colour grab has few.
int coloursIn(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void pngHasTheSizeAskedFor_data();
    void pngHasTheSizeAskedFor();
    void aLessonFileGivenAsFileOpensTheLesson();
    void badInputWritesNoPngAndSaysWhy_data();
    void badInputWritesNoPngAndSaysWhy();

private:
    QTemporaryDir m_dir;
};

void TestScreenshot::pngHasTheSizeAskedFor_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSize>("size");
    QTest::newRow("example 1600x1000") << QStringList{example("replication-failover-async"), QStringLiteral("--at"), QStringLiteral("28")} << QSize(1600, 1000);
    QTest::newRow("example 1280x800") << QStringList{example("cache-spof"), QStringLiteral("--at"), QStringLiteral("5")} << QSize(1280, 800);
    QTest::newRow("presenter") << QStringList{example("cache-spof"), QStringLiteral("--presenter")} << QSize(1280, 800);
    QTest::newRow("lesson") << QStringList{QStringLiteral("--lesson"), QStringLiteral("one-server-to-two"), QStringLiteral("--at"), QStringLiteral("3")} << QSize(1400, 900);
    QTest::newRow("dark, German") << QStringList{example("two-servers-balanced"), QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--lang"), QStringLiteral("de")} << QSize(1280, 800);
}

void TestScreenshot::pngHasTheSizeAskedFor()
{
    QFETCH(QStringList, arguments);
    QFETCH(QSize, size);
    const QString png = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".png"));
    const Run run = runGui(arguments << QStringLiteral("--screenshot") << png << QStringLiteral("--size")
                                     << QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), size);
    QVERIFY2(coloursIn(image) > 50, qPrintable(QString::number(coloursIn(image))));
}

void TestScreenshot::aLessonFileGivenAsFileOpensTheLesson()
{
    // What a double-click on a *.lesson.json does: the file is the lesson, not a topology.
    const QString png = m_dir.filePath(QStringLiteral("lesson-file.png"));
    const Run run = runGui({QStringLiteral(SCALELAB_LESSONS_DIR "/one-server-to-two.lesson.json"),
                            QStringLiteral("--screenshot"), png, QStringLiteral("--at"), QStringLiteral("1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
    QCOMPARE(QImage(png).size(), QSize(1280, 800));
}

void TestScreenshot::badInputWritesNoPngAndSaysWhy_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(QStringLiteral("missing.scalelab.json"));
    QTest::newRow("missing file") << QStringList{missing} << QStringLiteral("missing.scalelab.json");
    QTest::newRow("bad size") << QStringList{example("cache-spof"), QStringLiteral("--size"), QStringLiteral("big")}
                              << QStringLiteral("--size expects WIDTHxHEIGHT");
    QTest::newRow("bad time") << QStringList{example("cache-spof"), QStringLiteral("--at"), QStringLiteral("-3")}
                              << QStringLiteral("--at expects a number of seconds");
    QTest::newRow("unknown lesson") << QStringList{QStringLiteral("--lesson"), QStringLiteral("no-such-lesson")}
                                    << QStringLiteral("no lesson \"no-such-lesson\"");
}

void TestScreenshot::badInputWritesNoPngAndSaysWhy()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString png = m_dir.filePath(QStringLiteral("never.png"));
    const Run run = runGui(arguments << QStringLiteral("--screenshot") << png);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
    QVERIFY(!QFileInfo::exists(png));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
