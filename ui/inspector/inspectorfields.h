// SPDX-License-Identifier: GPL-3.0-or-later
// The makers of InspectorSchemas' fields, for the files that build its schemas
// (inspectorschema.cpp, inspectorschemadatacenters.cpp). Not for other parts.
#pragma once

#include "inspector/inspectorschema.h"

namespace scalelab::inspectorfields {

using Kind = InspectorFieldSpec::Kind;

inline InspectorFieldSpec integer(const QString &key, const QString &label, double min, double max, qint64 def,
                                  const QString &unit, const QString &help)
{
    // Whole numbers past the range of int are edited as doubles with no decimals.
    const Kind kind = max > 2'000'000'000.0 ? Kind::BigInteger : Kind::Integer;
    return {key, label, kind, min, max, 0, unit, {}, QJsonValue(def), help, {}, {}, {}, {}, false};
}

inline InspectorFieldSpec number(const QString &key, const QString &label, double min, double max, int decimals, double def,
                                 const QString &unit, const QString &help)
{
    return {key, label, Kind::Number, min, max, decimals, unit, {}, QJsonValue(def), help, {}, {}, {}, {}, false};
}

inline InspectorFieldSpec choice(const QString &key, const QString &label, const QStringList &choices, const QString &def,
                                 const QString &help)
{
    return {key, label, Kind::Choice, 0, 0, 0, {}, choices, QJsonValue(def), help, {}, {}, {}, {}, false};
}

inline InspectorFieldSpec boolean(const QString &key, const QString &label, bool def, const QString &help)
{
    return {key, label, Kind::Boolean, 0, 0, 0, {}, {}, QJsonValue(def), help, {}, {}, {}, {}, false};
}

inline InspectorFieldSpec text(const QString &key, const QString &label, const QString &help)
{
    return {key, label, Kind::Text, 0, 0, 0, {}, {}, QJsonValue(QString()), help, {}, {}, {}, {}, false};
}

/// A choice of node ids, filled in for the document at hand (offerTemplates).
inline InspectorFieldSpec ids(const QString &key, const QString &label, const QString &help)
{
    return {key, label, Kind::Choice, 0, 0, 0, {}, {}, QJsonValue(QString()), help, {}, {}, {}, {}, true};
}

inline InspectorFieldSpec withChoiceHelp(InspectorFieldSpec spec, const QStringList &help)
{
    spec.choiceHelp = help;
    return spec;
}

inline InspectorFieldSpec followsKey(InspectorFieldSpec spec, const QString &key)
{
    spec.fallbackKey = key;
    return spec;
}

inline InspectorFieldSpec when(InspectorFieldSpec spec, const QString &key, const QStringList &values)
{
    spec.dependsOn = key;
    spec.dependsValues = values;
    return spec;
}

} // namespace scalelab::inspectorfields
