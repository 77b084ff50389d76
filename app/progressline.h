// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace scalelab::cli {

/// One line on stderr that rewrites itself in place ("\r", erase to the end of the line)
/// while a long `run` or `sweep` goes on. Silent when stderr is not a terminal, so tests,
/// pipes and logs never see it. Main thread only.
class ProgressLine
{
public:
    ProgressLine();
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    bool enabled() const { return m_enabled; }
    /// Shows `text`, at most ten times a second: a terminal cannot be read faster.
    void show(const QString &text);
    /// Erases the line, so the report starts on a clean one.
    void clear();

private:
    bool m_enabled = false;
    bool m_shown = false;
    QElapsedTimer m_sinceShown;
};

} // namespace scalelab::cli
