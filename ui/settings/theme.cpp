// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/theme.h"

#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace scalelab {

namespace {

// Okabe-Ito (Wong, Nature Methods 2011): distinguishable with protanopia, deuteranopia and
// tritanopia, and in greyscale by lightness.
const QColor kOkabeOrange(0xE69F00);
const QColor kOkabeSkyBlue(0x56B4E9);
const QColor kOkabeGreen(0x009E73);
const QColor kOkabeYellow(0xF0E442);
const QColor kOkabeBlue(0x0072B2);
const QColor kOkabeVermillion(0xD55E00);
const QColor kOkabePurple(0xCC79A7);

Theme &currentTheme()
{
    static Theme theme = Theme::light();
    return theme;
}

} // namespace

Theme Theme::light()
{
    Theme t;
    t.dark = false;
    t.canvasBackground = QColor(0xF7F9FA);
    t.gridDot = QColor(0xE3E8EB);
    t.gridDotSnapped = QColor(0xD0D9DE);
    t.selection = kOkabeBlue;
    t.selectionHalo = QColor(0, 114, 178, 90);

    t.cardFill = Qt::white;
    t.cardBorder = QColor(0xCFD8DC);
    t.cardShadow = QColor(0, 0, 0, 26);
    t.cardText = QColor(0x263238);
    t.cardMuted = QColor(0x546E7A);
    t.cardDownFill = QColor(0xECEFF1);
    t.cardDownBorder = QColor(0xB0BEC5);
    t.loadTrack = QColor(0xE3E8EB);
    t.staleFill = QColor(0xFFF3E0);
    t.staleTabFill = QColor(0xFFE0B2);
    t.staleText = QColor(0xA84300);
    t.queueText = QColor(0xA84300);
    t.alarmText = QColor(0xA33A00);

    t.down = kOkabeVermillion;
    t.draining = kOkabeOrange;
    t.ejected = kOkabePurple;
    t.primary = kOkabeBlue;
    t.master = kOkabeGreen;
    t.promotion = QColor(0xE6C800);   // Okabe-Ito yellow, deep enough to show on white
    t.loadLow = kOkabeGreen;
    t.loadMedium = kOkabeOrange;
    t.loadHigh = kOkabeVermillion;

    t.link = QColor(0x90A4AE);
    t.linkPartitioned = kOkabeVermillion;
    t.linkLabel = QColor(0x455A64);
    t.linkLabelFill = Qt::white;

    t.overlayFill = QColor(255, 255, 255, 230);
    t.overlayBorder = QColor(0xCFD8DC);
    t.overlayText = QColor(0x455A64);

    t.mutedText = QColor(0x546E7A);
    t.listHover = QColor(0xE3F2FD);
    t.listSelected = QColor(0xBBDEFB);
    t.listSelectedText = QColor(0x0D47A1);
    t.tileFill = Qt::white;
    t.tileBorder = QColor(0xCFD8DC);
    t.tileValue = QColor(0x263238);
    t.tileCaption = QColor(0x546E7A);

    t.chartBackground = Qt::white;
    t.chartAxis = QColor(0x37474F);
    t.chartGrid = QColor(0xE3E8EB);
    t.chartTitle = QColor(0x263238);
    t.chartLegendText = QColor(0x263238);
    t.chartLabelFill = QColor(255, 255, 255, 235);

    t.headerBackground = t.canvasBackground;
    t.headerTitle = QColor(0x263238);
    t.headerSubtitle = QColor(0x546E7A);
    t.bannerBackground = QColor(0xFFF8E1);
    t.bannerText = QColor(0x5D4037);
    t.bannerBorder = QColor(0xFFE082);
    return t;
}

Theme Theme::darkTheme()
{
    Theme t;
    t.dark = true;
    t.canvasBackground = QColor(0x1B2023);
    t.gridDot = QColor(0x2F383D);
    t.gridDotSnapped = QColor(0x3D494F);
    t.selection = kOkabeSkyBlue;
    t.selectionHalo = QColor(86, 180, 233, 110);

    t.cardFill = QColor(0x2A3237);
    t.cardBorder = QColor(0x4A5860);
    t.cardShadow = QColor(0, 0, 0, 110);
    t.cardText = QColor(0xECEFF1);
    t.cardMuted = QColor(0xA9B8C0);
    t.cardDownFill = QColor(0x22292D);
    t.cardDownBorder = QColor(0x3A454B);
    t.loadTrack = QColor(0x3E4A50);
    t.staleFill = QColor(0x45331C);
    t.staleTabFill = QColor(0x6A4A1C);
    t.staleText = QColor(0xFFC067);
    t.queueText = QColor(0xFFC067);
    t.alarmText = QColor(0xFF9E6B);

    t.down = QColor(0xF07C3A);   // vermillion lifted to stay readable as text on the dark card
    t.draining = kOkabeOrange;
    t.ejected = kOkabePurple;
    t.primary = kOkabeSkyBlue;
    t.master = QColor(0x2FC59A);
    t.promotion = kOkabeYellow;
    t.loadLow = QColor(0x19B486);
    t.loadMedium = kOkabeOrange;
    t.loadHigh = QColor(0xF07C3A);

    t.link = QColor(0x6F828C);
    t.linkPartitioned = QColor(0xF07C3A);
    t.linkLabel = QColor(0xCFD8DC);
    t.linkLabelFill = QColor(0x2A3237);

    t.overlayFill = QColor(0x2A, 0x32, 0x37, 235);
    t.overlayBorder = QColor(0x4A5860);
    t.overlayText = QColor(0xCFD8DC);

    // #607D8B, the light theme's old muted grey, is 3.6:1 on the dark window: too faint.
    t.mutedText = QColor(0xA9B8C0);
    t.listHover = QColor(0x344047);
    t.listSelected = QColor(0x1F4D6E);
    t.listSelectedText = QColor(0xE3F2FD);
    t.tileFill = QColor(0x2A3237);
    t.tileBorder = QColor(0x4A5860);
    t.tileValue = QColor(0xECEFF1);
    t.tileCaption = QColor(0xA9B8C0);

    t.chartBackground = QColor(0x20262A);   // the dark palette's Base, like the other panes
    t.chartAxis = QColor(0xB0BEC5);
    t.chartGrid = QColor(0x343D42);
    t.chartTitle = QColor(0xECEFF1);
    t.chartLegendText = QColor(0xDDE3E6);
    t.chartLabelFill = QColor(0x20, 0x26, 0x2A, 235);

    t.headerBackground = t.canvasBackground;
    t.headerTitle = QColor(0xECEFF1);
    t.headerSubtitle = QColor(0xA9B8C0);
    t.bannerBackground = QColor(0x3D3420);
    t.bannerText = QColor(0xFFE6A6);
    t.bannerBorder = QColor(0x7A6420);
    return t;
}

QPalette Theme::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    p.setColor(QPalette::Link, kOkabeBlue);
    p.setColor(QPalette::Highlight, kOkabeBlue);
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2B3135);
    const QColor base(0x20262A);
    const QColor button(0x343C41);
    const QColor text(0xE8ECEE);
    const QColor disabledText(0x7D8A91);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x283034));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A4349));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8E9BA2));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF9E6B));
    p.setColor(QPalette::Light, QColor(0x4A555B));
    p.setColor(QPalette::Midlight, QColor(0x3E474D));
    p.setColor(QPalette::Mid, QColor(0x262C30));
    p.setColor(QPalette::Dark, QColor(0x1A1F22));
    p.setColor(QPalette::Shadow, QColor(0x0E1113));
    p.setColor(QPalette::Link, kOkabeSkyBlue);
    p.setColor(QPalette::LinkVisited, kOkabePurple);
    p.setColor(QPalette::Highlight, QColor(0x2F7DB3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3E474D));
    p.setColor(QPalette::Disabled, QPalette::Light, QColor(0x2B3135));
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::textOn(const QColor &fill)
{
    // WCAG relative luminance; 0.179 is where black and white text have equal contrast.
    auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const qreal luminance = 0.2126 * channel(fill.redF()) + 0.7152 * channel(fill.greenF()) + 0.0722 * channel(fill.blueF());
    return luminance > 0.179 ? QColor(0x1A1A1A) : QColor(Qt::white);
}

const Theme &Theme::current()
{
    return currentTheme();
}

void Theme::setCurrent(const Theme &theme)
{
    currentTheme() = theme;
}

qreal Theme::textPixels(qreal base)
{
    return base * currentTheme().canvasTextScale;
}

} // namespace scalelab
