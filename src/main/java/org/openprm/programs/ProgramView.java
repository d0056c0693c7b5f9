package org.openprm.programs;

import java.util.List;
import java.util.UUID;

/**
 * A partner programme with its tiers, lowest rank first.
 */
public record ProgramView(UUID id, String key, String name, String description, boolean active, List<TierView> tiers) {

	/** The tier with this id, if it belongs to this programme. */
	public java.util.Optional<TierView> tier(UUID tierId) {
		return tiers.stream().filter(t -> t.id().equals(tierId)).findFirst();
	}
}
