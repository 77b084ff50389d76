// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/causetracer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace scalelab {

struct LostWrite;
struct Topology;

/// Puts a traced cause into words for the cause panel: what happened to the request, why,
/// and the moments that tell the story (each one a place the timeline can go).
class CauseExplainer
{
    Q_DECLARE_TR_FUNCTIONS(CauseExplainer)

public:
    struct Moment
    {
        QString label;   ///< "db1 committed write 4"
        SimTime at;
    };

    /// `topology` is the one the engine ran: node indices are its node order.
    explicit CauseExplainer(const Topology &topology) : m_topology(topology) {}

    /// "Why was request 812 stale?"
    QString title(const CauseTrace &trace) const;
    /// Two or three sentences, plain text.
    QString explanation(const CauseTrace &trace) const;
    /// The moments of the story in time order.
    QList<Moment> moments(const CauseTrace &trace) const;
    /// The moment the timeline goes to: when the request met the problem.
    static SimTime focus(const CauseTrace &trace) { return trace.cause.at; }
    /// The whole thing as HTML with "seek:<us>" links on the moments.
    QString toHtml(const CauseTrace &trace) const;

    static QString seconds(SimTime t);

    /// A write a failover lost, from the engine's record of it: which write, when and to whom
    /// it was acknowledged, why the new primary did not have it, and who was promoted.
    QString lostWriteTitle(const LostWrite &lost) const;
    QString lostWriteExplanation(const LostWrite &lost) const;
    QList<Moment> lostWriteMoments(const LostWrite &lost) const;
    QString lostWriteHtml(const LostWrite &lost) const;

private:
    QString node(int index) const;
    QString explainStale(const CauseTrace &t) const;
    QString explainMiss(const CauseTrace &t) const;
    QString explainFailure(const CauseTrace &t) const;
    static QString html(const QString &title, const QString &explanation, const QList<Moment> &moments);

    const Topology &m_topology;
};

} // namespace scalelab
