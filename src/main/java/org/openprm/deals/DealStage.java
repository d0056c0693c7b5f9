package org.openprm.deals;

import java.math.BigDecimal;

/**
 * The sales stage of the opportunity, which both sides keep up to date; each has the win probability
 * that the weighted forecast uses.
 */
public enum DealStage {

	QUALIFICATION(10), NEEDS_ANALYSIS(25), PROPOSAL(50), NEGOTIATION(75), COMMIT(90);

	private final int probabilityPercent;

	DealStage(int probabilityPercent) {
		this.probabilityPercent = probabilityPercent;
	}

	public BigDecimal probability() {
		return BigDecimal.valueOf(probabilityPercent, 2);
	}
}
