package org.openprm.leads;

import java.util.UUID;

/**
 * How many open leads a partner takes at once, and the most its own admin may set.
 */
public record LeadCapacityView(UUID partnerId, int capacity, int maximum) {
}
