// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/linepalette.h"

#include "settings/theme.h"

namespace scalelab {

namespace {
// Okabe-Ito, without the yellow (too pale on white) and black (kept for the axes).
const QColor kPalette[] = {QColor(0x009E73), QColor(0xD55E00), QColor(0x0072B2), QColor(0xE69F00),
                           QColor(0xCC79A7), QColor(0x56B4E9), QColor(Qt::black)};
// The same hues lifted for the dark plot: the deep blue, green and vermillion fall under 3:1
// on it, and black would vanish. Blue stays darker than sky blue so the two still differ.
const QColor kDarkPalette[] = {QColor(0x19B486), QColor(0xF07C3A), QColor(0x3F93D6), QColor(0xE69F00),
                               QColor(0xD88DB7), QColor(0x9AD6F5), QColor(0xE0E4E6)};
constexpr int kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);
static_assert(sizeof(kDarkPalette) == sizeof(kPalette));
} // namespace

int LinePalette::size()
{
    return kPaletteSize;
}

int LinePalette::calmIndex(int n)
{
    // Green, blue, reddish purple, sky blue, orange, black: no vermillion (index 1).
    constexpr int kCalm[] = {0, 2, 4, 5, 3, 6};
    constexpr int kCount = sizeof(kCalm) / sizeof(kCalm[0]);
    return kCalm[((n % kCount) + kCount) % kCount];
}

QColor LinePalette::color(int index)
{
    // Through a pointer: GCC 12's -fsanitize=bounds misreads an index into a ?: of two
    // arrays (it reported index -1 for style 0).
    const QColor *palette = Theme::current().dark ? kDarkPalette : kPalette;
    return palette[((index % kPaletteSize) + kPaletteSize) % kPaletteSize];
}

} // namespace scalelab
