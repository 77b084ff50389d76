// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnostic.h"

namespace scalelab {

QString Diagnostic::toString() const
{
    const QString prefix = severity == Severity::Warning ? QStringLiteral("warning: ") : QString();
    return path.isEmpty() ? prefix + message : prefix + path + QStringLiteral(": ") + message;
}

void Diagnostics::error(const QString &path, const QString &message)
{
    m_items.append({Diagnostic::Severity::Error, path, message});
}

void Diagnostics::warning(const QString &path, const QString &message)
{
    m_items.append({Diagnostic::Severity::Warning, path, message});
}

bool Diagnostics::hasErrors() const
{
    for (const auto &d : m_items)
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    return false;
}

QList<Diagnostic> Diagnostics::errors() const
{
    QList<Diagnostic> out;
    for (const auto &d : m_items)
        if (d.severity == Diagnostic::Severity::Error)
            out.append(d);
    return out;
}

QList<Diagnostic> Diagnostics::warnings() const
{
    QList<Diagnostic> out;
    for (const auto &d : m_items)
        if (d.severity == Diagnostic::Severity::Warning)
            out.append(d);
    return out;
}

QString Diagnostics::format(const QString &file) const
{
    QStringList lines;
    for (const auto &d : m_items)
        lines << (file.isEmpty() ? d.toString() : file + QStringLiteral(": ") + d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace scalelab
