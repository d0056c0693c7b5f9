package org.openprm.deals;

import java.util.UUID;

/**
 * One partner's role on a deal, for incentives and analytics.
 */
public record PartnerCredit(UUID partnerId, CreditRole role) {
}
