#include "metrics/cdncost.h"

#include "model/topology.h"

namespace scalelab {

CdnCost cdnCost(const CdnBytes &c, const CdnSpec &price)
{
    constexpr double kGb = 1e9;
    CdnCost cost;
    const double toUsers = double(c.toUsers + c.direct);
    cost.egressGb = double(c.toUsers) / kGb;
    cost.originGb = double(c.fromOrigin + c.direct) / kGb;
    cost.offload = toUsers > 0 ? 1.0 - double(c.fromOrigin + c.direct) / toUsers : 0.0;
    cost.costUsd = cost.egressGb * price.pricePerGb + double(c.fromOrigin) / kGb * price.originFillPricePerGb
                   + double(c.direct) / kGb * price.originPricePerGb + double(c.requests) / 10000.0 * price.pricePer10kRequests;
    cost.costWithoutUsd = toUsers / kGb * price.originPricePerGb;
    return cost;
}

} // namespace scalelab
