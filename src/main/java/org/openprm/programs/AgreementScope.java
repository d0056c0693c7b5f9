package org.openprm.programs;

import java.util.UUID;

/**
 * What an agreement template applies to; each part is optional and a missing part matches every partner.
 * The more parts a template names, the more specific it is: programme weighs most, then partner type,
 * then country. {@code country} is one ISO code or a region: several codes separated by commas.
 */
public record AgreementScope(UUID programId, String partnerType, String country) {

	public static final AgreementScope ALL_PARTNERS = new AgreementScope(null, null, null);

	/** How specific the scope is; among templates of one kind that apply, the highest wins. */
	public int specificity() {
		return (programId != null ? 4 : 0) + (partnerType != null ? 2 : 0) + (country != null ? 1 : 0);
	}
}
