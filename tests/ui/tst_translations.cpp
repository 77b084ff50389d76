// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files in translations/ are complete: after lupdate over today's sources no entry
// is unfinished (new or changed text), obsolete or vanished (text the code no longer has).
// The built-in lessons' texts are a second set of .ts files (lessons_<lang>.ts), extracted
// from resources/lessons into translations/lessontexts.cpp, which must be current.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsCounts
{
    int finished = 0;
    int unfinished = 0;
    int obsolete = 0;   ///< "obsolete" and "vanished": text the sources no longer have
    QStringList examples;   ///< a few of the sources that are not finished
};

TsCounts countTs(const QString &fileName)
{
    TsCounts counts;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms keep their text in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                ++counts.obsolete;
            } else if (type == QLatin1String("unfinished") || text.trimmed().isEmpty()) {
                ++counts.unfinished;
            } else {
                ++counts.finished;
                continue;
            }
            if (counts.examples.size() < 5)
                counts.examples << source;
        }
    }
    return counts;
}

// A set of .ts files and the sources lupdate reads for them.
struct TsSet
{
    QString name;
    QStringList files;
    QString sourceList;   ///< lupdate's @list file
};

QList<TsSet> tsSets()
{
    const auto split = [](const char *joined) { return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts); };
    return {{QStringLiteral("interface"), split(SCALELAB_TS_FILES), QStringLiteral(SCALELAB_LUPDATE_LIST)},
            {QStringLiteral("lessons"), split(SCALELAB_LESSON_TS_FILES), QStringLiteral(SCALELAB_LESSON_LUPDATE_LIST)}};
}

// Runs lupdate exactly as the update_translations target does, on `targets`.
bool runLupdate(const QString &sourceList, const QStringList &targets, QString *output)
{
    QStringList arguments = QString::fromUtf8(SCALELAB_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    arguments << QLatin1Char('@') + sourceList << QStringLiteral("-ts") << targets;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SCALELAB_LUPDATE), arguments);
    if (!lupdate.waitForFinished(240000)) {
        *output = QStringLiteral("lupdate did not finish");
        return false;
    }
    *output = QString::fromLocal8Bit(lupdate.readAll());
    return lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lessonTextsAreCurrent();
    void lupdateFindsEveryStringOfAnEmptyTranslation_data();
    void lupdateFindsEveryStringOfAnEmptyTranslation();
    void everyTsFileIsCompleteAfterLupdate_data();
    void everyTsFileIsCompleteAfterLupdate();

private:
    QTemporaryDir m_dir;
    QHash<QString, QStringList> m_copies;   ///< by set name: the .ts files after lupdate
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const TsSet &set : tsSets()) {
        QCOMPARE(set.files.size(), 3);
        QStringList copies;
        for (const QString &ts : set.files) {
            QVERIFY2(QFileInfo::exists(ts), qPrintable(ts));
            const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        QString output;
        QVERIFY2(runLupdate(set.sourceList, copies, &output), qPrintable(output));
        m_copies.insert(set.name, copies);
    }
}

void TestTranslations::lessonTextsAreCurrent()
{
    // translations/lessontexts.cpp is what the extractor makes of today's lessons: a lesson
    // text changed without regenerating it would silently drop out of the translations.
    const QString fresh = m_dir.filePath(QStringLiteral("lessontexts.cpp"));
    QStringList arguments{fresh, QStringLiteral(SCALELAB_EXAMPLES_DIR)};
    arguments << QString::fromUtf8(SCALELAB_LESSON_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral(SCALELAB_LESSON_TEXTS_TOOL), arguments);
    QVERIFY(tool.waitForFinished(60000));
    QVERIFY2(tool.exitCode() == 0, tool.readAll().constData());
    const QByteArray expected = readAll(fresh);
    QVERIFY(expected.contains("QT_TRANSLATE_NOOP(\"Lesson\", \"Zero to Millions"));
    QVERIFY2(readAll(QStringLiteral(SCALELAB_LESSON_TEXTS)) == expected,
             "translations/lessontexts.cpp is out of date: run `cmake --build <dir> --target update_lesson_texts`, "
             "then `--target update_translations`");
}

void TestTranslations::lupdateFindsEveryStringOfAnEmptyTranslation_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("interface") << QStringLiteral("interface") << 300;
    QTest::newRow("lessons") << QStringLiteral("lessons") << 200;
}

void TestTranslations::lupdateFindsEveryStringOfAnEmptyTranslation()
{
    // A new language starts with every source text unfinished: the count is what the
    // completeness test relies on, and ScaleLab has hundreds of texts.
    QFETCH(QString, set);
    QFETCH(int, atLeast);
    const QList<TsSet> sets = tsSets();
    const TsSet files = *std::find_if(sets.cbegin(), sets.cend(), [&](const TsSet &s) { return s.name == set; });
    const QString fresh = m_dir.filePath(set + QStringLiteral("_fr.ts"));
    QString output;
    QVERIFY2(runLupdate(files.sourceList, {fresh}, &output), qPrintable(output));
    const TsCounts counts = countTs(fresh);
    QCOMPARE(counts.finished, 0);
    QCOMPARE(counts.obsolete, 0);
    QVERIFY2(counts.unfinished > atLeast, qPrintable(QString::number(counts.unfinished)));
    // Each shipped file knows every one of them.
    for (const QString &copy : m_copies.value(set)) {
        const TsCounts shipped = countTs(copy);
        QCOMPARE(shipped.finished + shipped.unfinished, counts.unfinished);
    }
}

void TestTranslations::everyTsFileIsCompleteAfterLupdate_data()
{
    QTest::addColumn<QString>("copy");
    for (const QStringList &copies : std::as_const(m_copies))
        for (const QString &copy : copies)
            QTest::newRow(qPrintable(QFileInfo(copy).fileName())) << copy;
}

void TestTranslations::everyTsFileIsCompleteAfterLupdate()
{
    QFETCH(QString, copy);
    const TsCounts counts = countTs(copy);
    QVERIFY2(counts.unfinished == 0 && counts.obsolete == 0,
             qPrintable(QStringLiteral("%1: %2 unfinished, %3 obsolete (e.g. \"%4\")\n"
                                       "Run `cmake --build <dir> --target update_translations` and finish them in Qt Linguist.")
                            .arg(QFileInfo(copy).fileName())
                            .arg(counts.unfinished)
                            .arg(counts.obsolete)
                            .arg(counts.examples.join(QStringLiteral("\", \"")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
