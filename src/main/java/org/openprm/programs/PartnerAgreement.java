package org.openprm.programs;

import java.util.UUID;

/**
 * An agreement a partner needs: the current version of the template that applies to it, rendered for
 * it, and its acceptance of that version if there is one. {@code previous} is the partner's acceptance of
 * an older version, which a newly published version asks it to renew.
 */
public record PartnerAgreement(UUID partnerId, UUID templateId, String kind, boolean gatesAccess,
		AgreementVersionView version, String renderedText, AgreementAcceptanceView acceptance,
		AgreementAcceptanceView previous) {

	public boolean pending() {
		return acceptance == null;
	}

	public boolean renewal() {
		return pending() && previous != null;
	}
}
