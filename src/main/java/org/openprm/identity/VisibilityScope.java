package org.openprm.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The partner organisations an actor may read and write. Vendor staff read and write all; a partner
 * user reads its own organisation (and, for a distributor, its resellers) and writes only its own.
 */
public record VisibilityScope(boolean vendor, UUID ownPartnerId, Set<UUID> readablePartnerIds) {

	public static VisibilityScope everything() {
		return new VisibilityScope(true, null, Set.of());
	}

	public boolean canRead(UUID partnerId) {
		return vendor || (partnerId != null && readablePartnerIds.contains(partnerId));
	}

	public boolean canWrite(UUID partnerId) {
		return vendor || (partnerId != null && partnerId.equals(ownPartnerId));
	}

	/** True for records that belong to no partner (vendor-wide); only vendor staff see those. */
	public boolean canReadVendorRecords() {
		return vendor;
	}
}
