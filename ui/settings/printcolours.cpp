// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/printcolours.h"

namespace scalelab {

PrintColours::PrintColours(ExportColours colours)
{
    if (colours != ExportColours::Light || !Theme::current().dark)
        return;
    m_screen = Theme::current();
    Theme light = Theme::light();
    light.canvasTextScale = m_screen->canvasTextScale;
    Theme::setCurrent(light);
}

PrintColours::~PrintColours()
{
    if (m_screen)
        Theme::setCurrent(*m_screen);
}

} // namespace scalelab
