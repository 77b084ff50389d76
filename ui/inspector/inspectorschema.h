// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetype.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace scalelab {

/// One editable setting as the inspector shows it: the file's key, how to edit it, and the
/// range and default the file reader applies (core/io/topologyreader.cpp, docs/FILE_FORMAT.md).
/// The ranges here only steer the editors; the document's check (the reader's) is the judge.
struct InspectorFieldSpec
{
    /// EditableChoice: a name typed or picked from `choices` (a data centre), as a string.
    enum class Kind { Integer, BigInteger, Number, Choice, Boolean, Text, EditableChoice };

    QString key;        ///< inside its group: "fall" in health_check
    QString label;
    Kind kind = Kind::Number;
    double minimum = 0;
    double maximum = 0;
    int decimals = 0;
    QString unit;       ///< shown after the number ("ms", "items")
    QStringList choices;
    QJsonValue defaultValue; ///< what the reader uses when the key is absent
    QString help;       ///< tooltip: what the setting does
    /// Greyed out unless the sibling field `dependsOn` holds one of `dependsValues` ("true"
    /// for a check box): the semi-sync timeout means nothing in async mode.
    QString dependsOn;
    QStringList dependsValues;
    /// Absent from the file: show this sibling's value instead of `defaultValue`, for a key
    /// whose default is another key (write_zipf_s follows zipf_s).
    QString fallbackKey;
    QStringList choiceHelp;  ///< Choice: a tooltip for each choice, in the order of `choices` (may be empty)
    bool choicesAreIds = false;  ///< Choice: node ids, shown as they are (not made readable as file words)
};

/// A titled set of fields. Fields of a nested group are set one by one with a dotted key
/// ("health_check.fall") unless `whole`: then the group is set as one object, for settings
/// whose parts are checked together (a mix must add up to 1).
struct InspectorGroupSpec
{
    QString key;        ///< empty: top-level fields of the node (or topology, or link)
    QString title;
    bool optional = false; ///< may be absent from the file: a check box adds or removes it
    bool whole = false;
    QList<InspectorFieldSpec> fields;
    QString help;
};

using InspectorSchema = QList<InspectorGroupSpec>;

/// The editable settings of each kind of thing the inspector edits.
class InspectorSchemas
{
    Q_DECLARE_TR_FUNCTIONS(InspectorSchemas)

public:
    /// The settings of a node of `type` (its id and type are edited apart).
    static InspectorSchema node(NodeType type);
    static InspectorSchema link();
    /// The topology's own settings: name, seed, replication, CDN prices.
    static InspectorSchema topology();
    /// A load balancer's schema offers `webServers` (the document's, the balancer's own
    /// first) as its autoscaling template; the first is the default a new policy gets.
    static void offerTemplates(InspectorSchema &schema, const QStringList &webServers);
    /// A node's `datacenter` field offers `datacenters`: the names the document uses already.
    static void offerDatacenters(InspectorSchema &schema, const QStringList &datacenters);
    /// "web server", "CDN edge".
    static QString typeName(NodeType type);
    /// "round_robin" -> "round robin": the file's word, readable ("cache_aside" -> "cache-aside":
    /// the names caching literature gives the strategies).
    static QString choiceText(const QString &word);

private:
    // node()'s fields for the types that have more than the serving ones: `main` is the
    // Settings group, `extra` the optional groups after it.
    static void addClientsFields(InspectorGroupSpec &main, InspectorSchema &extra);
    static void addLoadBalancerFields(InspectorGroupSpec &main, InspectorSchema &extra);
    static void addCacheFields(InspectorGroupSpec &main);
    static void addCdnEdgeFields(InspectorGroupSpec &main, InspectorSchema &extra);
    // inspectorschemadatacenters.cpp: a dns's TTL and checks, and every node's data centre.
    static void addDnsFields(InspectorGroupSpec &main, InspectorSchema &extra);
    static InspectorFieldSpec datacenterField();
};

} // namespace scalelab
