package org.openprm.leads;

import java.util.UUID;

/**
 * An import offered a partner {@code count} new leads: its people hear of them once, not once per lead.
 */
record LeadsOffered(UUID partnerId, int count) {
}
