package org.openprm.deals.domain;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.openprm.deals.CreditRole;
import org.openprm.deals.PartnerCredit;

/**
 * One partner's role on a registration, as stored.
 */
@Embeddable
class CreditColumns {

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private CreditRole role;

	protected CreditColumns() {
	}

	CreditColumns(PartnerCredit credit) {
		this.partnerId = credit.partnerId();
		this.role = credit.role();
	}

	PartnerCredit toCredit() {
		return new PartnerCredit(partnerId, role);
	}
}
