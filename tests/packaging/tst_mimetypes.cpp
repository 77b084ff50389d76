// SPDX-License-Identifier: GPL-3.0-or-later
// The MIME package, compiled by update-mime-database as a package install does, makes a
// desktop tell ScaleLab's files from other JSON (what double-click opening relies on): by
// name, for the shipped examples and lessons, while plain .json files stay JSON.

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kTopology = QStringLiteral("application/x-scalelab-topology");
const QString kLesson = QStringLiteral("application/x-scalelab-lesson");
} // namespace

class TestMimeTypes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeFollowsTheFileName_data();
    void typeFollowsTheFileName();
    void typesAreJsonWithComments();
    void typesShowTheApplicationIcon();
    void shippedExamplesAndLessonsHaveTheirTypes();

private:
    QTemporaryDir m_dataHome;
};

void TestMimeTypes::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    const QString packages = m_dataHome.filePath(QStringLiteral("mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(QStringLiteral(SCALELAB_DESKTOP_DIR "/" SCALELAB_APP_ID ".mime.xml"),
                        packages + QStringLiteral("/" SCALELAB_APP_ID ".xml")));

    QProcess update;
    update.start(QStringLiteral(SCALELAB_UPDATE_MIME_DATABASE), {m_dataHome.filePath(QStringLiteral("mime"))});
    QVERIFY(update.waitForFinished(60000));
    QCOMPARE(update.exitStatus(), QProcess::NormalExit);
    QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
    QVERIFY(QFile::exists(m_dataHome.filePath(QStringLiteral("mime/mime.cache"))));

    // Before the first QMimeDatabase: it reads the directories once. The system database
    // stays for application/json; a ScaleLab installed for this user must not mask the files.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    qputenv("XDG_DATA_DIRS", "/usr/local/share:/usr/share");
    QVERIFY2(QMimeDatabase().mimeTypeForName(QStringLiteral("application/json")).isValid(),
             "the system MIME database (shared-mime-info) is missing");
}

void TestMimeTypes::typeFollowsTheFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("type");
    QTest::newRow("topology") << QStringLiteral("two-servers-balanced.scalelab.json") << kTopology;
    QTest::newRow("topology, capitals") << QStringLiteral("MY CLASS.ScaleLab.JSON") << kTopology;
    QTest::newRow("lesson") << QStringLiteral("replication.lesson.json") << kLesson;
    QTest::newRow("plain json") << QStringLiteral("report.json") << QStringLiteral("application/json");
    QTest::newRow("name without the suffix") << QStringLiteral("scalelab.json") << QStringLiteral("application/json");
}

void TestMimeTypes::typeFollowsTheFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, type);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name(), type);
}

void TestMimeTypes::typesAreJsonWithComments()
{
    const QMimeDatabase db;
    const QMimeType topology = db.mimeTypeForName(kTopology);
    const QMimeType lesson = db.mimeTypeForName(kLesson);
    QVERIFY(topology.isValid());
    QVERIFY(lesson.isValid());
    QVERIFY(topology.inherits(QStringLiteral("application/json")));
    QVERIFY(lesson.inherits(QStringLiteral("application/json")));
    QVERIFY(!topology.inherits(kLesson));
    QCOMPARE(topology.comment(), QStringLiteral("ScaleLab topology"));
    QCOMPARE(lesson.comment(), QStringLiteral("ScaleLab lesson"));
}

void TestMimeTypes::typesShowTheApplicationIcon()
{
    const QMimeDatabase db;
    for (const QString &name : {kTopology, kLesson}) {
        const QMimeType type = db.mimeTypeForName(name);
        QCOMPARE(type.iconName(), QStringLiteral(SCALELAB_APP_ID));
        QCOMPARE(type.genericIconName(), QStringLiteral("text-x-generic"));
    }
}

void TestMimeTypes::shippedExamplesAndLessonsHaveTheirTypes()
{
    const QMimeDatabase db;
    const QDir examples(QStringLiteral(SCALELAB_EXAMPLES));
    const QStringList topologies = examples.entryList({QStringLiteral("*.scalelab.json")}, QDir::Files);
    QVERIFY(topologies.size() > 10);
    for (const QString &file : topologies)
        QCOMPARE(db.mimeTypeForFile(examples.filePath(file)).name(), kTopology);

    const QDir lessonDir(QStringLiteral(SCALELAB_LESSONS));
    const QStringList lessons = lessonDir.entryList({QStringLiteral("*.lesson.json")}, QDir::Files);
    QVERIFY(!lessons.isEmpty());
    for (const QString &file : lessons)
        QCOMPARE(db.mimeTypeForFile(lessonDir.filePath(file)).name(), kLesson);
}

QTEST_GUILESS_MAIN(TestMimeTypes)
#include "tst_mimetypes.moc"
