package org.openprm.partners;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a partner organisation with its allowed transitions. Terminated is final.
 */
public enum PartnerStatus {

	PROSPECT, ACTIVE, SUSPENDED, TERMINATED;

	public Set<PartnerStatus> next() {
		return switch (this) {
			case PROSPECT -> EnumSet.of(ACTIVE, TERMINATED);
			case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED);
			case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
			case TERMINATED -> EnumSet.noneOf(PartnerStatus.class);
		};
	}

	public boolean canBecome(PartnerStatus target) {
		return next().contains(target);
	}
}
