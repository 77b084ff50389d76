// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, theme, language and keyboard/screen-reader access of the main window.
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "charts/bignumbertiles.h"
#include "document/documentfiles.h"
#include "document/topologydocument.h"
#include "run/runtimeactions.h"
#include "run/simulationcontroller.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"
#include "shell/accessibilitysupport.h"
#include "shell/languageswitcher.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "shell/settingswindowstate.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QListWidget>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>
#include <QtTest>

#include <map>

using namespace scalelab;

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(name);
}

// The colour that covers most of `rect` of the scene as drawn: the canvas under the grid dots.
QColor dominantColor(QGraphicsScene *scene, const QRectF &rect)
{
    QImage image(rect.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    painter.end();
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    auto best = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it->second > best->second)
            best = it;
    }
    return QColor::fromRgb(best->first);
}

// Every menu reachable from the menu bar, submenus included.
QList<QMenu *> allMenus(const QMainWindow &window)
{
    QList<QMenu *> menus;
    QList<QAction *> pending = window.menuBar()->actions();
    while (!pending.isEmpty()) {
        QAction *action = pending.takeFirst();
        if (QMenu *menu = action->menu(); menu && !menus.contains(menu)) {
            menus << menu;
            // Menus filled when shown (recent files) are filled now.
            emit menu->aboutToShow();
            pending << menu->actions();
        }
    }
    return menus;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void settingsDialogStoresAndAppliesItsChoices();
    void layoutThemeLanguageAndRecentFilesPersistAcrossANewWindow();
    void presenterModeLayoutIsNotTheOneSaved();
    void darkThemeChangesCanvasBackgroundAndCards();
    void darkThemeReachesLinkLabelsTilesAndPalette();
    void longTitleDoesNotWidenTheWindow();
    void canvasTextSizeScalesTheCardText();
    void systemThemeFollowsThePlatformPalette();
    void filledTabsKeepReadableText();
    void nodeIconsAreDrawnFromTheSvgAtAnySize();
    void everyMenuActionHasTextAndEveryMenuAMnemonic();
    void everyToolbarActionIsInAMenu();
    void everyToolbarControlHasAnAccessibleName();
    void canvasDescriptionSummarisesTheTopology();
    void focusActionsReachEveryPane();
    void langLoadsTheTranslatorWhenTheQmExists();
    void switchingLanguageRebuildsTheWindowKeepingTheWork();
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageSwitcher::instance()->setSearchPlaces({QStringLiteral(":/test-i18n")});
}

void TestSettings::init()
{
    QSettings().clear();
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
    ThemeController::instance()->setCanvasTextScale(1.0);
}

void TestSettings::cleanup()
{
    LanguageSwitcher::instance()->install(QStringLiteral("en"));
    QSettings().clear();
}

void TestSettings::settingsDialogStoresAndAppliesItsChoices()
{
    SettingsDialog dialog;
    QCOMPARE(dialog.language(), QString());   // the system's, until chosen
    QCOMPARE(dialog.themeMode(), AppSettings::ThemeMode::System);
    QCOMPARE(dialog.canvasTextScale(), 1.0);
    auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(languages);
    QStringList names;
    for (int i = 0; i < languages->count(); ++i)
        names << languages->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("System language"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                 QStringLiteral("Español"), QStringLiteral("简体中文")}));

    dialog.setLanguage(QStringLiteral("zh_CN"));
    dialog.setThemeMode(AppSettings::ThemeMode::Dark);
    dialog.setCanvasTextScale(1.3);
    dialog.apply();
    QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(AppSettings::themeMode(), AppSettings::ThemeMode::Dark);
    QCOMPARE(AppSettings::canvasTextScale(), 1.3);
    QVERIFY(ThemeController::instance()->isDark());
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(Theme::current().canvasTextScale, 1.3);

    // A second dialog opens with what was stored.
    SettingsDialog again;
    QCOMPARE(again.language(), QStringLiteral("zh_CN"));
    QCOMPARE(again.themeMode(), AppSettings::ThemeMode::Dark);
    QCOMPARE(again.canvasTextScale(), 1.3);
}

void TestSettings::layoutThemeLanguageAndRecentFilesPersistAcrossANewWindow()
{
    {
        MainWindow first;
        QVERIFY(first.loadFile(example("two-servers-balanced.scalelab.json")));
        QVERIFY(first.loadFile(example("cache-read-through.scalelab.json")));
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(1111, 777);
        first.palette()->hide();
        SettingsDialog dialog(&first);
        dialog.setThemeMode(AppSettings::ThemeMode::Dark);
        dialog.setLanguage(QStringLiteral("de"));
        dialog.apply();
        QVERIFY(first.close());
    }
    QCOMPARE(AppSettings::themeMode(), AppSettings::ThemeMode::Dark);
    QCOMPARE(AppSettings::language(), QStringLiteral("de"));

    MainWindow second;
    QCOMPARE(second.size(), QSize(1111, 777));
    QVERIFY(second.palette()->isHidden());
    QVERIFY(!second.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isHidden());
    const QStringList recent = DocumentFiles::recentFiles();
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.first().endsWith(QLatin1String("cache-read-through.scalelab.json")));
    QMenu *recentMenu = second.files()->recentMenu();
    QVERIFY(recentMenu->isEnabled());
    QVERIFY(recentMenu->actions().first()->text().contains(QLatin1String("cache-read-through")));
    // The new window is drawn dark: its header as well as the canvas.
    auto *header = second.findChild<QWidget *>(QStringLiteral("windowHeader"));
    QVERIFY(header);
    QCOMPARE(header->palette().color(QPalette::Window), Theme::darkTheme().headerBackground);
}

void TestSettings::presenterModeLayoutIsNotTheOneSaved()
{
    MainWindow window;
    window.show();
    window.presenter()->setActive(true);
    QVERIFY(window.close());
    QVERIFY(!QSettings().contains(QStringLiteral("window/state")));
    window.presenter()->setActive(false);
}

void TestSettings::darkThemeChangesCanvasBackgroundAndCards()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    NodeItem *web1 = window.scene()->nodeItem(QStringLiteral("web1"));
    QVERIFY(web1);
    const QRectF card = QRectF(web1->scenePos() - QPointF(NodeItem::kWidth / 2, NodeItem::kHeight / 2), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
    // A strip inside the card's right edge (text keeps its padding away) and empty canvas.
    const QRectF cardStrip(card.right() - 6, card.center().y() - 4, 3, 8);
    const QRectF empty = window.scene()->itemsBoundingRect().adjusted(-400, -400, 0, 0);
    const QRectF emptyCorner(empty.topLeft(), QSizeF(120, 120));

    const QColor lightCanvas = dominantColor(window.scene(), emptyCorner);
    const QColor lightCard = dominantColor(window.scene(), cardStrip);
    QCOMPARE(lightCanvas, Theme::light().canvasBackground);
    QCOMPARE(lightCard, Theme::light().cardFill);

    ThemeController::instance()->setMode(AppSettings::ThemeMode::Dark);
    const QColor darkCanvas = dominantColor(window.scene(), emptyCorner);
    const QColor darkCard = dominantColor(window.scene(), cardStrip);
    QCOMPARE(darkCanvas, Theme::darkTheme().canvasBackground);
    QCOMPARE(darkCard, Theme::darkTheme().cardFill);
    QVERIFY(darkCanvas.lightnessF() < 0.2);
    QVERIFY(darkCard.lightnessF() > darkCanvas.lightnessF());   // cards stand out of the sheet
    // The card text is light on the dark card, dark on the light one.
    QVERIFY(Theme::darkTheme().cardText.lightnessF() > 0.8);
    QVERIFY(Theme::light().cardText.lightnessF() < 0.3);
}

void TestSettings::darkThemeReachesLinkLabelsTilesAndPalette()
{
    MainWindow window;
    window.resize(1600, 1000);
    QVERIFY(window.loadFile(example("cache-spof.scalelab.json")));
    window.show();
    window.controller()->runTo(SimTime::fromS(5));
    window.refreshNow();
    QCoreApplication::processEvents();

    // A latency pill long enough to be drawn as a pill: a strip of it beside the text.
    LinkItem *link = nullptr;
    for (QGraphicsItem *item : window.scene()->items()) {
        auto *candidate = qgraphicsitem_cast<LinkItem *>(item);
        if (candidate && candidate->isLabelVisible() && candidate->centerLine().length() > 150)
            link = candidate;
    }
    QVERIFY(link);
    QFont font;
    font.setPixelSize(11);
    const qreal textWidth = QFontMetricsF(font).horizontalAdvance(QStringLiteral("%1 ms").arg(QLocale().toString(link->latencyMs(), 'g', 4)));
    const QPointF middle = link->centerLine().pointAtPercent(0.5);
    const QRectF pillStrip(middle + QPointF(textWidth / 2 + 1, -2), QSizeF(3, 4));

    auto *tiles = window.findChild<BigNumberTiles *>();
    QVERIFY(tiles && !tiles->shownTiles().isEmpty());
    auto *tile = tiles->findChild<QWidget *>(QStringLiteral("bigNumberTile"));
    QVERIFY(tile);
    auto tileFill = [tile] { return QColor(tile->grab().toImage().pixel(tile->width() - 4, tile->height() / 2)); };
    auto *hint = window.findChild<QLabel *>(QStringLiteral("nodePaletteHint"));
    QVERIFY(hint);

    QCOMPARE(dominantColor(window.scene(), pillStrip), Theme::light().linkLabelFill);
    QCOMPARE(tileFill(), Theme::light().tileFill);

    // Switched while the window is open, as Settings does: no restart.
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Dark);
    QCoreApplication::processEvents();
    const Theme dark = Theme::darkTheme();
    QCOMPARE(dominantColor(window.scene(), pillStrip), dark.linkLabelFill);
    QCOMPARE(tileFill(), dark.tileFill);
    QCOMPARE(tiles->findChild<QLabel *>(QStringLiteral("value_") + tiles->shownTiles().first())->palette().color(QPalette::WindowText),
             dark.tileValue);
    QCOMPARE(hint->palette().color(QPalette::WindowText), dark.mutedText);
    // Muted text still reads on the dark window (WCAG AA for small type is 4.5:1).
    auto luminance = [](const QColor &c) {
        auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal ratio = (luminance(dark.mutedText) + 0.05) / (luminance(Theme::darkPalette().color(QPalette::Window)) + 0.05);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));

    ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
    QCoreApplication::processEvents();
    QCOMPARE(dominantColor(window.scene(), pillStrip), Theme::light().linkLabelFill);
    QCOMPARE(tileFill(), Theme::light().tileFill);
}

void TestSettings::longTitleDoesNotWidenTheWindow()
{
    // The screenshot size a handout uses; the title is longer than the room beside the docks.
    MainWindow window;
    QVERIFY(window.loadFile(example("cache-spof.scalelab.json")));
    window.resize(1280, 800);
    window.show();
    window.controller()->runTo(SimTime::fromS(40));
    window.refreshNow();
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), 1280);
    QVERIFY(window.minimumSizeHint().width() <= 1280);
    // Every node type's name is whole in the palette.
    auto *list = window.findChild<QListWidget *>(QStringLiteral("nodePaletteList"));
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i) {
        const QRect row = list->visualItemRect(list->item(i));
        const int needed = list->iconSize().width() + list->fontMetrics().horizontalAdvance(list->item(i)->text());
        QVERIFY2(row.width() >= needed, qPrintable(list->item(i)->text()));
    }
}

void TestSettings::canvasTextSizeScalesTheCardText()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    NodeItem *web1 = window.scene()->nodeItem(QStringLiteral("web1"));
    const QRectF card = QRectF(web1->scenePos() - QPointF(NodeItem::kWidth / 2, NodeItem::kHeight / 2), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
    // Pixels of text colour in the card: more at a larger size.
    auto inked = [&] {
        QImage image((card.size() * 2).toSize(), QImage::Format_ARGB32);
        QPainter painter(&image);
        window.scene()->render(&painter, QRectF(QPointF(0, 0), card.size() * 2), card);
        painter.end();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += QColor(image.pixel(x, y)).lightnessF() < 0.45 ? 1 : 0;
        }
        return count;
    };
    const int normal = inked();
    ThemeController::instance()->setCanvasTextScale(1.3);
    const int large = inked();
    QVERIFY2(large > normal * 1.2, qPrintable(QStringLiteral("%1 -> %2").arg(normal).arg(large)));
}

void TestSettings::systemThemeFollowsThePlatformPalette()
{
    ThemeController *themes = ThemeController::instance();
    themes->setMode(AppSettings::ThemeMode::System);
    QVERIFY(!themes->isDark());   // the offscreen platform's palette is light
    // As the platform does when the desktop turns dark, and back.
    QApplication::setPalette(Theme::darkPalette());
    QTRY_VERIFY(themes->isDark());
    QCOMPARE(Theme::current().canvasBackground, Theme::darkTheme().canvasBackground);
    QApplication::setPalette(Theme::lightPalette());
    QTRY_VERIFY(!themes->isDark());
    // An explicit choice is kept whatever the platform does.
    themes->setMode(AppSettings::ThemeMode::Dark);
    QApplication::setPalette(Theme::lightPalette());
    QTest::qWait(20);
    QVERIFY(themes->isDark());
}

void TestSettings::filledTabsKeepReadableText()
{
    // WCAG contrast of the text picked for each filled accent, in both themes: at least 4.5.
    auto luminance = [](const QColor &c) {
        auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    auto contrast = [&](const QColor &a, const QColor &b) {
        const qreal la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    for (const Theme &theme : {Theme::light(), Theme::darkTheme()}) {
        for (const QColor &fill : {theme.down, theme.draining, theme.ejected, theme.primary, theme.master, theme.promotion}) {
            const qreal ratio = contrast(fill, Theme::textOn(fill));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(Theme::textOn(fill).name(), fill.name()).arg(ratio)));
        }
        QVERIFY(contrast(theme.cardText, theme.cardFill) >= 7.0);
        QVERIFY(contrast(theme.cardMuted, theme.cardFill) >= 4.5);
        QVERIFY(contrast(theme.headerSubtitle, theme.headerBackground) >= 4.5);
        QVERIFY(contrast(theme.bannerText, theme.bannerBackground) >= 4.5);
    }
}

void TestSettings::nodeIconsAreDrawnFromTheSvgAtAnySize()
{
    // A projector at 250 %: the icon is rendered at the pixels asked, not scaled up from a
    // small bitmap (a bitmap icon stops at its largest size).
    for (NodeType type : {NodeType::Clients, NodeType::Database, NodeType::CdnEdge}) {
        const QIcon icon = NodePalette::icon(type);
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(QSize(240, 240)).size(), QSize(240, 240));
        const QPixmap hiDpi = icon.pixmap(QSize(32, 32), 2.5);
        QCOMPARE(hiDpi.size(), QSize(80, 80));
        QCOMPARE(hiDpi.devicePixelRatio(), 2.5);
    }
}

void TestSettings::everyMenuActionHasTextAndEveryMenuAMnemonic()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    QSet<QChar> topMnemonics;
    for (QAction *top : window.menuBar()->actions()) {
        const QString title = top->text();
        const int amp = title.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
        const QChar key = title.at(amp + 1).toLower();
        QVERIFY2(!topMnemonics.contains(key), qPrintable(QStringLiteral("two menus on Alt+%1").arg(key)));
        topMnemonics.insert(key);
    }
    const QList<QMenu *> menus = allMenus(window);
    QVERIFY(menus.size() > 8);
    for (QMenu *menu : menus) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!QString(action->text()).remove(QLatin1Char('&')).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("an action without text in %1").arg(menu->title())));
        }
        if (menu->parent() != window.menuBar())
            QVERIFY2(menu->title().contains(QLatin1Char('&')), qPrintable(menu->title()));
    }
    // Settings is in the Edit menu, on the platform's key.
    auto *settings = window.findChild<SettingsWindowState *>()->settingsAction();
    QVERIFY(window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"))->actions().contains(settings));
    QCOMPARE(settings->shortcut(), QKeySequence(QKeySequence::Preferences));
}

void TestSettings::everyToolbarActionIsInAMenu()
{
    MainWindow window;
    QSet<QAction *> inMenus;
    for (QMenu *menu : allMenus(window)) {
        for (QAction *action : menu->actions())
            inMenus.insert(action);
    }
    int checked = 0;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue;
            QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
}

void TestSettings::everyToolbarControlHasAnAccessibleName()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int checked = 0;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QWidget *widget : bar->findChildren<QWidget *>()) {
            if (!qobject_cast<QToolButton *>(widget) && !qobject_cast<QComboBox *>(widget) && !qobject_cast<QSlider *>(widget))
                continue;
            QVERIFY2(!accessibleName(widget).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 in %2").arg(widget->metaObject()->className(), bar->windowTitle())));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
    for (const char *name : {"speedBox", "timelineSlider"})
        QVERIFY2(!accessibleName(window.findChild<QWidget *>(QLatin1String(name))).isEmpty(), name);
    QCOMPARE(accessibleName(window.view()), QStringLiteral("Topology canvas"));
}

void TestSettings::canvasDescriptionSummarisesTheTopology()
{
    MainWindow window;
    QCOMPARE(window.view()->accessibleDescription().contains(QLatin1String("empty")), window.document()->topology().nodes.isEmpty());
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    const int nodes = static_cast<int>(window.document()->topology().nodes.size());
    const QString description = window.view()->accessibleDescription();
    QVERIFY2(description.startsWith(QStringLiteral("Nodes: %1 (").arg(nodes)), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("web server 2")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("Links: %1.").arg(window.document()->topology().links.size())),
             qPrintable(description));
    QVERIFY(!description.contains(QLatin1String("Down:")));

    window.runtimeActions()->applyNodeAction(QStringLiteral("web1"), QStringLiteral("kill"));
    window.controller()->runTo(SimTime::fromS(1));
    window.refreshNow();
    auto *access = window.findChild<AccessibilitySupport *>();
    QVERIFY(access->canvasSummary().contains(QLatin1String("Down: web1.")));
    // The description follows the run, at most once a second.
    QTest::qWait(1050);
    window.controller()->step();
    QVERIFY2(window.view()->accessibleDescription().contains(QLatin1String("Down: web1.")),
             qPrintable(window.view()->accessibleDescription()));
}

void TestSettings::focusActionsReachEveryPane()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto trigger = [&](const char *name) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    };
    trigger("focusCanvas");
    QCOMPARE(QApplication::focusWidget(), window.view());
    trigger("focusInspector");
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isAncestorOf(QApplication::focusWidget()));
    trigger("focusPalette");
    QVERIFY(window.palette()->isAncestorOf(QApplication::focusWidget()));
    trigger("focusTimeline");
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("timelineSlider"));

    // F6 walks the panes in order and comes back round.
    auto *access = window.findChild<AccessibilitySupport *>();
    const int panes = static_cast<int>(access->panes().size());
    QVERIFY(panes >= 4);
    trigger("focusCanvas");
    QSet<QWidget *> visited;
    for (int i = 0; i < panes; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        visited.insert(QApplication::focusWidget());
    }
    QCOMPARE(QApplication::focusWidget(), window.view());
    QCOMPARE(visited.size(), panes);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("timelineSlider"));
}

void TestSettings::langLoadsTheTranslatorWhenTheQmExists()
{
    LanguageSwitcher *switcher = LanguageSwitcher::instance();
    QVERIFY(switcher->install(QStringLiteral("de")));
    QVERIFY(switcher->isTranslated());
    QCOMPARE(QCoreApplication::translate("scalelab::MainWindow", "&File"), QStringLiteral("&Datei"));
    if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    // No ScaleLab translation: English, and said so.
    QVERIFY(!switcher->install(QStringLiteral("fr")));
    QVERIFY(!switcher->isTranslated());
    QCOMPARE(QCoreApplication::translate("scalelab::MainWindow", "&File"), QStringLiteral("&File"));
    // English is the source language: nothing to load, nothing missing.
    QVERIFY(switcher->install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("scalelab::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestSettings::switchingLanguageRebuildsTheWindowKeepingTheWork()
{
    QPointer<MainWindow> old = new MainWindow;
    QVERIFY(old->loadFile(example("two-servers-balanced.scalelab.json")));
    QVERIFY(old->document()->setTopologySetting(QStringLiteral("name"), QStringLiteral("Edited in class")));
    old->controller()->runTo(SimTime::fromS(3));
    old->show();
    old->resize(1234, 700);
    const QString fileName = old->fileName();
    QCOMPARE(old->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    MainWindow *fresh = LanguageSwitcher::instance()->switchLanguage(old, QStringLiteral("de"));
    QVERIFY(fresh && fresh != old);
    QCOMPARE(fresh->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(fresh->document()->topology().name, QStringLiteral("Edited in class"));
    QCOMPARE(fresh->fileName(), fileName);
    QVERIFY(fresh->document()->isModified());
    QVERIFY(fresh->isWindowModified());
    QCOMPARE(fresh->controller()->now(), SimTime::fromS(3));
    QCOMPARE(fresh->size(), QSize(1234, 700));
    QVERIFY(fresh->isVisible());
    QTRY_VERIFY(old.isNull());   // deleted once the event loop runs

    // And back, through the Settings dialog's path: the language is stored by apply().
    MainWindow *english = LanguageSwitcher::instance()->switchLanguage(fresh, QStringLiteral("en"));
    QCOMPARE(english->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(english->document()->topology().name, QStringLiteral("Edited in class"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete english;
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
