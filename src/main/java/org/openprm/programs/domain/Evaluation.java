package org.openprm.programs.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.programs.ComplianceStatus;
import org.openprm.programs.RequirementCheck;

/**
 * The outcome of checking one membership: its status, the checks of the current tier, the next tier
 * up with what is still missing for it, the tier it should move to (or null) and since when it fails.
 */
public record Evaluation(ComplianceStatus status, List<RequirementCheck> checks, TierRules nextTier,
		List<RequirementCheck> missingForNext, UUID targetTierId, Instant failingSince) {
}
