// The .ts files in translations/ are complete: after lupdate over today's sources no entry
// is unfinished (new or changed text), obsolete or vanished (text the code no longer has).
// While translations/ holds no translated entry at all (before the translator's pass) the
// completeness check is skipped; the lupdate run and the counting are tested regardless.
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

QStringList tsFiles()
{
    return QString::fromUtf8(SCALELAB_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Runs lupdate exactly as the update_translations target does, on `targets`.
bool runLupdate(const QStringList &targets, QString *output)
{
    QStringList arguments = QString::fromUtf8(SCALELAB_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    arguments << QStringLiteral("@" SCALELAB_LUPDATE_LIST) << QStringLiteral("-ts") << targets;
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

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lupdateFindsEveryStringOfAnEmptyTranslation();
    void everyTsFileIsCompleteAfterLupdate();

private:
    QTemporaryDir m_dir;
    QStringList m_copies;
    QString m_lupdateOutput;
    bool m_lupdateOk = false;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(tsFiles().size(), 3);
    for (const QString &ts : tsFiles()) {
        QVERIFY2(QFileInfo::exists(ts), qPrintable(ts));
        const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        m_copies << copy;
    }
    m_lupdateOk = runLupdate(m_copies, &m_lupdateOutput);
    QVERIFY2(m_lupdateOk, qPrintable(m_lupdateOutput));
}

void TestTranslations::lupdateFindsEveryStringOfAnEmptyTranslation()
{
    // A new language starts with every source text unfinished: the count is what the
    // completeness test relies on, and ScaleLab has hundreds of texts.
    const QString fresh = m_dir.filePath(QStringLiteral("scalelab_fr.ts"));
    QString output;
    QVERIFY2(runLupdate({fresh}, &output), qPrintable(output));
    const TsCounts counts = countTs(fresh);
    QCOMPARE(counts.finished, 0);
    QCOMPARE(counts.obsolete, 0);
    QVERIFY2(counts.unfinished > 300, qPrintable(QString::number(counts.unfinished)));
    // Each shipped file knows every one of them.
    for (const QString &copy : m_copies) {
        const TsCounts shipped = countTs(copy);
        QCOMPARE(shipped.finished + shipped.unfinished, counts.unfinished);
    }
}

void TestTranslations::everyTsFileIsCompleteAfterLupdate()
{
    int translated = 0;
    for (const QString &ts : tsFiles())
        translated += countTs(ts).finished;
    if (translated == 0)
        QSKIP("translations not filled yet");

    QStringList problems;
    for (const QString &copy : m_copies) {
        const TsCounts counts = countTs(copy);
        if (counts.unfinished > 0 || counts.obsolete > 0) {
            problems << QStringLiteral("%1: %2 unfinished, %3 obsolete (e.g. \"%4\")")
                            .arg(QFileInfo(copy).fileName())
                            .arg(counts.unfinished)
                            .arg(counts.obsolete)
                            .arg(counts.examples.join(QStringLiteral("\", \"")));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(QLatin1Char('\n'))
                        + QStringLiteral("\nRun `cmake --build <dir> --target update_translations` and finish them in Qt Linguist.")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
