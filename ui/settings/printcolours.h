// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/theme.h"

#include <optional>

namespace scalelab {

/// The colours a picture of the canvas or a chart is drawn in: the screen's theme, or the
/// light one whatever the screen shows (a dark slide wastes toner and reads badly on paper).
enum class ExportColours { Screen, Light };

/// Light colours for as long as it lives, when asked for and the screen theme is dark: it
/// sets Theme::current() to the light theme (keeping the canvas text size) and puts the
/// screen's back when it goes. Quietly, without ThemeController::themeChanged: only what
/// is drawn in its lifetime (one export, on this thread) should see the light colours, and
/// the open windows must not restyle twice. A chart restyles itself around it
/// (ChartPanel::saveImage); canvas items read Theme::current() as they paint.
class PrintColours
{
public:
    explicit PrintColours(ExportColours colours);
    ~PrintColours();
    PrintColours(const PrintColours &) = delete;
    PrintColours &operator=(const PrintColours &) = delete;

    /// Whether the colours differ from the screen's (light asked for in the dark theme).
    bool isSwapped() const { return m_screen.has_value(); }

private:
    std::optional<Theme> m_screen;
};

} // namespace scalelab
