// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/cdncost.h"

#include "model/topology.h"

namespace scalelab {

double fillPricePerGb(const CdnSpec &price)
{
    // CloudFront does not bill origin fetches from an AWS origin; a custom origin's host bills
    // the bytes it sends, as it would any egress.
    return price.origin == QLatin1String("cloud") ? 0.0 : price.originFillPricePerGb;
}

CdnCost cdnCost(const CdnBytes &c, const CdnSpec &price)
{
    constexpr double kGb = 1e9;
    CdnCost cost;
    const double toUsers = double(c.toUsers + c.direct);
    cost.egressGb = double(c.toUsers) / kGb;
    cost.originGb = double(c.fromOrigin + c.direct) / kGb;
    cost.offload = toUsers > 0 ? 1.0 - double(c.fromOrigin + c.direct) / toUsers : 0.0;
    cost.deliveryUsd = cost.egressGb * price.pricePerGb;
    cost.fillsUsd = double(c.fromOrigin) / kGb * fillPricePerGb(price);
    cost.directUsd = double(c.direct) / kGb * price.originPricePerGb;
    cost.requestsUsd = double(c.requests) / 10000.0 * price.pricePer10kRequests;
    cost.costUsd = cost.deliveryUsd + cost.fillsUsd + cost.directUsd + cost.requestsUsd;
    cost.costWithoutUsd = toUsers / kGb * price.originPricePerGb;
    return cost;
}

} // namespace scalelab
