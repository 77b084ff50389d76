// SPDX-License-Identifier: GPL-3.0-or-later
// The application icon is embedded where main.cpp looks for it and stays recognisable from
// 16 px (a panel) to 128 px (a software centre): a rounded tile with transparent corners
// covering most of the square, the amber growth arrow and the pale server stacks at every
// size (measured: 4.7% arrow and 6.3% servers at 16 px, 7.7% and 12.6% at 128 px).

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QtTest>

namespace {

const QString kEmbedded = QStringLiteral(":/icons/app/scalelab.svg");

struct Census {
    int opaque = 0;
    int arrow = 0;
    int server = 0;
};

Census countPixels(const QImage &image)
{
    Census census;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            ++census.opaque;
            if (c.red() > 200 && c.green() > 120 && c.green() < 220 && c.blue() < 100)
                ++census.arrow;
            else if (c.red() > 170 && c.green() > 200 && c.blue() > 220)
                ++census.server;
        }
    }
    return census;
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void embeddedIconIsTheInstalledOne();
    void rendersRecognisably_data();
    void rendersRecognisably();
};

void TestAppIcon::embeddedIconIsTheInstalledOne()
{
    QFile embedded(kEmbedded);
    QFile installed(QStringLiteral(SCALELAB_SOURCE_DIR "/resources/icons/app/scalelab.svg"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), installed.readAll());
}

void TestAppIcon::rendersRecognisably_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 24, 32, 48, 128})
        QTest::addRow("%d px", size) << size;
}

void TestAppIcon::rendersRecognisably()
{
    QFETCH(int, size);
    const QIcon icon(kEmbedded);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(size, size));

    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QCOMPARE(image.pixelColor(size - 1, size - 1).alpha(), 0);
    const Census census = countPixels(image);
    const int area = size * size;
    QVERIFY2(census.opaque * 10 >= area * 7, qPrintable(QStringLiteral("opaque %1 of %2").arg(census.opaque).arg(area)));
    QVERIFY2(census.arrow * 25 >= area, qPrintable(QStringLiteral("arrow %1 of %2").arg(census.arrow).arg(area)));
    QVERIFY2(census.server * 20 >= area, qPrintable(QStringLiteral("servers %1 of %2").arg(census.server).arg(area)));
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
