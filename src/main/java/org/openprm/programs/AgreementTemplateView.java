package org.openprm.programs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agreement template with all its published versions, newest first.
 */
public record AgreementTemplateView(UUID id, String kind, AgreementScope scope, boolean gatesAccess, Instant createdAt,
		List<AgreementVersionView> versions) {

	public AgreementVersionView current() {
		return versions.get(0);
	}
}
