// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressline.h"

#include <cstdio>
#include <unistd.h>

namespace scalelab::cli {

ProgressLine::ProgressLine()
    : m_enabled(::isatty(::fileno(stderr)) == 1)
{
}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::show(const QString &text)
{
    if (!m_enabled || (m_shown && m_sinceShown.isValid() && m_sinceShown.elapsed() < 100))
        return;
    std::fprintf(stderr, "\r%s\033[K", qPrintable(text));
    std::fflush(stderr);
    m_shown = true;
    m_sinceShown.start();
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_shown = false;
}

} // namespace scalelab::cli
