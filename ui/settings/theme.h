// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace scalelab {

/// The one place for ScaleLab's colours: the widget palette and the canvas colours, in a
/// light and a dark variant. Canvas code reads Theme::current() when it paints, so a change
/// of theme only needs a repaint. Accents come from the Okabe-Ito palette (safe for the
/// common colour-vision deficiencies), and no state is told by colour alone on the canvas:
/// tabs carry words, borders are dashed or dotted, a dead node is crossed out.
struct Theme
{
    bool dark = false;

    // The sheet the topology is drawn on.
    QColor canvasBackground;
    QColor gridDot;
    QColor gridDotSnapped;   ///< darker while snapping is on: the dots are where nodes land
    QColor selection;        ///< selected card border
    QColor selectionHalo;    ///< translucent glow under a selected link

    // Node cards.
    QColor cardFill;
    QColor cardBorder;
    QColor cardShadow;
    QColor cardText;
    QColor cardMuted;        ///< secondary lines, and the text of a dead node
    QColor cardDownFill;
    QColor cardDownBorder;
    QColor loadTrack;        ///< the empty part of a load bar
    QColor staleFill;        ///< a replica serving old data
    QColor staleTabFill;
    QColor staleText;
    QColor queueText;        ///< requests waiting in a queue
    QColor alarmText;        ///< lost writes, an unhealthy pool

    // State accents (Okabe-Ito, lightened for the dark sheet where they are text).
    QColor down;             ///< vermillion
    QColor draining;         ///< orange
    QColor ejected;          ///< reddish purple
    QColor primary;          ///< blue: where writes go
    QColor master;           ///< bluish green
    QColor promotion;        ///< yellow glow of a just-promoted primary
    QColor loadLow;
    QColor loadMedium;
    QColor loadHigh;

    // Links: LinkItem's line, arrow head and latency pill.
    QColor link;
    QColor linkPartitioned;
    QColor linkLabel;
    QColor linkLabelFill;

    // Panels floating over the canvas (the request-flow legend).
    QColor overlayFill;      ///< translucent, so a card under a corner still shows through
    QColor overlayBorder;
    QColor overlayText;

    // Widgets beside the canvas: the big-number tiles and secondary labels.
    QColor mutedText;        ///< hints and captions on the window background
    QColor listHover;        ///< the node palette's row under the mouse
    QColor listSelected;
    QColor listSelectedText;
    QColor tileFill;
    QColor tileBorder;
    QColor tileValue;
    QColor tileCaption;

    // Charts (QCustomPlot draws its own background, so it needs the colours spelled out).
    QColor chartBackground;
    QColor chartAxis;        ///< axis lines, ticks and their labels
    QColor chartGrid;
    QColor chartTitle;
    QColor chartLegendText;
    QColor chartLabelFill;   ///< behind an event marker's label

    // The window's own coloured areas outside the canvas.
    QColor headerBackground;
    QColor headerTitle;
    QColor headerSubtitle;
    QColor bannerBackground;
    QColor bannerText;
    QColor bannerBorder;

    /// Multiplies every text size drawn on the canvas (the Settings' canvas font size).
    qreal canvasTextScale = 1.0;

    static Theme light();
    static Theme darkTheme();
    /// The Fusion-friendly widget palettes that go with light() and darkTheme().
    static QPalette lightPalette();
    static QPalette darkPalette();
    /// Whether a palette reads as dark: its window colour is darker than mid grey.
    static bool isDark(const QPalette &palette);
    /// Near-black or white, whichever reads better on `fill` (text on a filled tab).
    static QColor textOn(const QColor &fill);

    /// The theme canvas items paint with; light() until ThemeController sets another.
    static const Theme &current();
    static void setCurrent(const Theme &theme);

    /// A canvas font size in pixels at the current text scale (`base` at 100 %).
    static qreal textPixels(qreal base);
};

} // namespace scalelab
