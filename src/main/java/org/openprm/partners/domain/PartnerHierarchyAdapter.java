package org.openprm.partners.domain;

import java.util.Set;
import java.util.UUID;

import org.openprm.identity.PartnerHierarchy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells identity which resellers sit below a distributor, for the distributor's visibility scope.
 */
@Component
class PartnerHierarchyAdapter implements PartnerHierarchy {

	private final PartnerRepository partners;

	PartnerHierarchyAdapter(PartnerRepository partners) {
		this.partners = partners;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> resellersOf(UUID distributorId) {
		return Set.copyOf(partners.findIdsByParentId(distributorId));
	}
}
