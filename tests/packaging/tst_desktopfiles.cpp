// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop integration files agree with each other and with the build: the .desktop files
// open the MIME types that the MIME package defines and the metainfo provides, the metainfo
// names the launcher, icon and binaries that get installed, its newest release is the
// project's version, and its screenshots are images in docs/images.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kDesktopDir = QStringLiteral(SCALELAB_DESKTOP_DIR);
const QString kAppId = QStringLiteral(SCALELAB_APP_ID);

// The keys of a .desktop file's [Desktop Entry] group, untranslated ones only.
QHash<QString, QString> readDesktopEntry(const QString &fileName)
{
    QHash<QString, QString> entry;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(fileName));
    QString group;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            group = line;
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (group == QLatin1String("[Desktop Entry]") && equals > 0 && !line.left(equals).contains(QLatin1Char('[')))
            entry.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return entry;
}

QSet<QString> listValue(const QString &value)
{
    const QStringList items = value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return {items.begin(), items.end()};
}

// What these tests need from the AppStream metainfo.
struct Metainfo {
    QString id;
    QString launchable;
    QString stockIcon;
    QSet<QString> binaries;
    QSet<QString> mediaTypes;
    QStringList releases;
    QStringList screenshots;
};

Metainfo readMetainfo(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(fileName));
    Metainfo info;
    QXmlStreamReader xml(&file);
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            path.removeLast();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        const QString parent = path.value(path.size() - 1);
        path << name;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == QLatin1String("release")) {
            info.releases << attributes.value(QLatin1String("version")).toString();
            continue;
        }
        if (name != QLatin1String("id") && name != QLatin1String("launchable") && name != QLatin1String("icon")
            && name != QLatin1String("binary") && name != QLatin1String("mediatype") && name != QLatin1String("image"))
            continue;
        const QString text = xml.readElementText();
        path.removeLast();
        if (name == QLatin1String("id") && parent == QLatin1String("component"))
            info.id = text;
        else if (name == QLatin1String("launchable") && attributes.value(QLatin1String("type")) == QLatin1String("desktop-id"))
            info.launchable = text;
        else if (name == QLatin1String("icon") && attributes.value(QLatin1String("type")) == QLatin1String("stock"))
            info.stockIcon = text;
        else if (name == QLatin1String("binary"))
            info.binaries.insert(text);
        else if (name == QLatin1String("mediatype"))
            info.mediaTypes.insert(text);
        else if (name == QLatin1String("image"))
            info.screenshots << text;
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(fileName), qPrintable(xml.errorString()));
    return info;
}

// The types the shared-mime-info package defines, with the glob of each.
QHash<QString, QString> readMimePackage(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(fileName));
    QHash<QString, QString> globs;
    QXmlStreamReader xml(&file);
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("mime-type"))
            type = xml.attributes().value(QLatin1String("type")).toString();
        else if (xml.name() == QLatin1String("glob"))
            globs.insert(type, xml.attributes().value(QLatin1String("pattern")).toString());
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(fileName), qPrintable(xml.errorString()));
    return globs;
}

QString desktopFile(const QString &suffix = QString())
{
    return kDesktopDir + QLatin1Char('/') + kAppId + suffix + QStringLiteral(".desktop");
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void launcherOpensTopologiesWithTheIcon();
    void lessonHandlerOpensLessonsWithTheLessonOption();
    void desktopFilesOpenOnlyTypesTheMimePackageDefines();
    void metainfoNamesTheLauncherIconAndBinaries();
    void metainfoProvidesEveryTypeTheLaunchersOpen();
    void newestReleaseIsTheProjectVersion();
    void screenshotsAreImagesInTheRepository();
};

void TestDesktopFiles::launcherOpensTopologiesWithTheIcon()
{
    const QHash<QString, QString> entry = readDesktopEntry(desktopFile());
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral(SCALELAB_GUI_BINARY " %f"));
    QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral(SCALELAB_GUI_BINARY));
    QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
    QCOMPARE(listValue(entry.value(QStringLiteral("MimeType"))), QSet<QString>{QStringLiteral("application/x-scalelab-topology")});
    QVERIFY(!entry.contains(QStringLiteral("NoDisplay")));
}

void TestDesktopFiles::lessonHandlerOpensLessonsWithTheLessonOption()
{
    // `scalelab FILE` reads FILE as a topology, so a lesson must come through --lesson.
    const QHash<QString, QString> entry = readDesktopEntry(desktopFile(QStringLiteral(".Lesson")));
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral(SCALELAB_GUI_BINARY " --lesson %f"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
    QCOMPARE(listValue(entry.value(QStringLiteral("MimeType"))), QSet<QString>{QStringLiteral("application/x-scalelab-lesson")});
    QCOMPARE(entry.value(QStringLiteral("NoDisplay")), QStringLiteral("true"));
}

void TestDesktopFiles::desktopFilesOpenOnlyTypesTheMimePackageDefines()
{
    const QHash<QString, QString> globs = readMimePackage(kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".mime.xml"));
    QCOMPARE(globs.value(QStringLiteral("application/x-scalelab-topology")), QStringLiteral("*.scalelab.json"));
    QCOMPARE(globs.value(QStringLiteral("application/x-scalelab-lesson")), QStringLiteral("*.lesson.json"));
    for (const QString &file : {desktopFile(), desktopFile(QStringLiteral(".Lesson"))}) {
        for (const QString &type : listValue(readDesktopEntry(file).value(QStringLiteral("MimeType"))))
            QVERIFY2(globs.contains(type), qPrintable(QStringLiteral("%1 opens %2, which no MIME package defines").arg(file, type)));
    }
}

void TestDesktopFiles::metainfoNamesTheLauncherIconAndBinaries()
{
    const Metainfo info = readMetainfo(kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".metainfo.xml"));
    QCOMPARE(info.id, kAppId);
    QCOMPARE(info.launchable, QFileInfo(desktopFile()).fileName());
    QCOMPARE(info.stockIcon, readDesktopEntry(desktopFile()).value(QStringLiteral("Icon")));
    QCOMPARE(info.binaries, (QSet<QString>{QStringLiteral(SCALELAB_GUI_BINARY), QStringLiteral(SCALELAB_CLI_BINARY)}));
}

void TestDesktopFiles::metainfoProvidesEveryTypeTheLaunchersOpen()
{
    const Metainfo info = readMetainfo(kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".metainfo.xml"));
    const QSet<QString> opened = listValue(readDesktopEntry(desktopFile()).value(QStringLiteral("MimeType")))
        | listValue(readDesktopEntry(desktopFile(QStringLiteral(".Lesson"))).value(QStringLiteral("MimeType")));
    QCOMPARE(info.mediaTypes, opened);
}

void TestDesktopFiles::newestReleaseIsTheProjectVersion()
{
    // Software centres show the first <release> as the installed version.
    const Metainfo info = readMetainfo(kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".metainfo.xml"));
    QVERIFY(!info.releases.isEmpty());
    QCOMPARE(info.releases.first(), QStringLiteral(SCALELAB_VERSION));
}

void TestDesktopFiles::screenshotsAreImagesInTheRepository()
{
    const Metainfo info = readMetainfo(kDesktopDir + QLatin1Char('/') + kAppId + QStringLiteral(".metainfo.xml"));
    QVERIFY(!info.screenshots.isEmpty());
    const QDir images(QStringLiteral(SCALELAB_SOURCE_DIR "/docs/images"));
    for (const QString &url : info.screenshots) {
        QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
        const qsizetype at = url.indexOf(QLatin1String("/docs/images/"));
        QVERIFY2(at > 0, qPrintable(url + QStringLiteral(" is not under docs/images")));
        const QString name = url.mid(at + QStringLiteral("/docs/images/").size());
        QVERIFY2(images.exists(name), qPrintable(images.filePath(name) + QStringLiteral(" does not exist")));
    }
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
