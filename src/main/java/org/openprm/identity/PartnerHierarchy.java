package org.openprm.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Answers which resellers sit below a distributor, so that a distributor's scope includes them.
 * Implemented by the partners module, which owns the hierarchy.
 */
public interface PartnerHierarchy {

	Set<UUID> resellersOf(UUID distributorId);
}
