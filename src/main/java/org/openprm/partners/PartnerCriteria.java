package org.openprm.partners;

import java.util.UUID;

/**
 * Directory filters; every field is optional.
 */
public record PartnerCriteria(String q, PartnerType type, PartnerStatus status, String country, String tag,
		UUID parentId) {

	public static PartnerCriteria none() {
		return new PartnerCriteria(null, null, null, null, null, null);
	}
}
