package org.openprm.programs.domain;

import java.util.List;
import java.util.UUID;

import org.openprm.programs.Requirement;

/**
 * A tier with its requirements, as the compliance policy needs it.
 */
public record TierRules(UUID tierId, String name, int rank, List<Requirement> requirements) {
}
