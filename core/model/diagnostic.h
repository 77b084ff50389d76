// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace scalelab {

/// One finding about a topology file: where (a JSON path such as `nodes[3].eviction`)
/// and what was expected.
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;
    QString message;

    /// "nodes[3].eviction: expected lru, lfu or fifo, got \"lruu\""
    QString toString() const;
};

class Diagnostics
{
public:
    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);

    bool hasErrors() const;
    const QList<Diagnostic> &all() const { return m_items; }
    QList<Diagnostic> errors() const;
    QList<Diagnostic> warnings() const;
    /// Every diagnostic, one per line, each prefixed with `file: ` when a file is given.
    QString format(const QString &file = QString()) const;

private:
    QList<Diagnostic> m_items;
};

} // namespace scalelab
