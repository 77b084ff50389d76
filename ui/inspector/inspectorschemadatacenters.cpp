// SPDX-License-Identifier: GPL-3.0-or-later
// InspectorSchemas: several data centres. A dns node's TTL and health checks (Route 53's
// defaults), and the data centre any node runs in.
#include "inspector/inspectorschema.h"

#include "inspector/inspectorfields.h"

namespace scalelab {

using namespace inspectorfields;

InspectorFieldSpec InspectorSchemas::datacenterField()
{
    InspectorFieldSpec field = text(QStringLiteral("datacenter"), tr("Data centre"),
                                    tr("The data centre this node runs in (\"us-east\"): the canvas frames each data centre's "
                                       "nodes, and a right-click takes a whole data centre down. Pick one or type a new name; "
                                       "empty: none. A dns sends users to data centres whose load balancer or web server they "
                                       "are linked to"));
    field.kind = Kind::EditableChoice;
    return field;
}

void InspectorSchemas::offerDatacenters(InspectorSchema &schema, const QStringList &datacenters)
{
    for (InspectorGroupSpec &group : schema) {
        for (InspectorFieldSpec &field : group.fields) {
            if (field.key == QLatin1String("datacenter") && group.key.isEmpty())
                field.choices = datacenters;
        }
    }
}

void InspectorSchemas::addDnsFields(InspectorGroupSpec &main, InspectorSchema &extra)
{
    main.fields = {
        number(QStringLiteral("ttl_s"), tr("TTL"), 0, 86400, 0, 60, QStringLiteral("s"),
               tr("How long users' resolvers keep the dns's answer. After a failover, users move to the new data "
                  "centre over this long: until their answer expires they still go to the old one. Route 53 "
                  "suggests 60 s for records with health checks")),
    };
    extra.append({QStringLiteral("health_check"), tr("Health checks"), true, false,
                  {integer(QStringLiteral("interval_ms"), tr("Interval"), 1, 3'600'000, 30000, QStringLiteral("ms"),
                           tr("Time between two checks of each data centre (Route 53: 30 s, or 10 s at a higher price)")),
                   integer(QStringLiteral("rise"), tr("Rise"), 1, 1000, 3, tr("checks"),
                           tr("Good checks in a row that bring a data centre back into the answers")),
                   integer(QStringLiteral("fall"), tr("Fall"), 1, 1000, 3, tr("checks"),
                           tr("Failed checks in a row that take a data centre out of the answers (Route 53's failure threshold: 3)"))},
                  tr("Off: the dns never notices a data centre going down and keeps sending users there. Tick to check "
                     "each data centre's entry as Route 53 does")});
}

} // namespace scalelab
