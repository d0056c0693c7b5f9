package org.openprm.recruitment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openprm.programs.ProgramView;
import org.openprm.programs.TierView;
import org.openprm.shared.InvalidInput;

/**
 * Which active programme and tier an approved applicant starts in, checked before anything is created.
 */
final class StartingTiers {

	private StartingTiers() {
	}

	static TierView choose(List<ProgramView> active, Approval approval, UUID programmeOfInterest) {
		if (approval.tierId() != null) {
			TierView tier = active.stream().flatMap(p -> p.tiers().stream()).filter(t -> t.id().equals(approval.tierId()))
				.findFirst().orElseThrow(() -> InvalidInput.of("tierId", "is not a tier of an active programme",
						"recruitment.tier"));
			if (approval.programmeId() != null && !approval.programmeId().equals(tier.programId())) {
				throw InvalidInput.of("tierId", "is not a tier of the chosen programme", "recruitment.tier");
			}
			return tier;
		}
		UUID programmeId = approval.programmeId() != null ? approval.programmeId() : programmeOfInterest;
		if (programmeId == null) {
			throw InvalidInput.of("tierId", "choose the programme and starting tier", "recruitment.tierRequired");
		}
		Optional<ProgramView> programme = active.stream().filter(p -> p.id().equals(programmeId)).findFirst();
		return programme.flatMap(p -> p.tiers().stream().min(Comparator.comparingInt(TierView::rank)))
			.orElseThrow(() -> InvalidInput.of("programmeId", "is not an active programme with tiers",
					"recruitment.programme"));
	}
}
