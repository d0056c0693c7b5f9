package org.openprm.programs.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The portal form with which vendor staff enrol a partner in a programme's tier.
 */
public class EnrolForm {

	@NotNull
	private UUID partnerId;

	@NotNull
	private UUID tierId;

	public UUID getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public UUID getTierId() {
		return tierId;
	}

	public void setTierId(UUID tierId) {
		this.tierId = tierId;
	}
}
