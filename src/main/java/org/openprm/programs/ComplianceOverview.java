package org.openprm.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerManagement;
import org.openprm.programs.domain.MembershipState;
import org.openprm.programs.domain.MembershipStates;
import org.openprm.programs.domain.TierRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What vendor staff look at around tier compliance: the tier changes waiting for their decision, and a
 * partner's current figures as the what-if starts from them. Partner users get 404.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceOverview {

	private static final String TYPE = "ProgramMembership";

	private static final int PENDING_LIMIT = 500;

	private final ComplianceEngine engine;

	private final MembershipStates states;

	private final PartnerFigureSources figures;

	private final PartnerManagement partners;

	private final Visibility visibility;

	ComplianceOverview(ComplianceEngine engine, MembershipStates states, PartnerFigureSources figures,
			PartnerManagement partners, Visibility visibility) {
		this.engine = engine;
		this.states = states;
		this.figures = figures;
		this.partners = partners;
		this.visibility = visibility;
	}

	/** The partner's name, for vendor staff only (anyone else gets 404, like for a missing partner). */
	public String partnerName(UUID partnerId) {
		String name = partners.partner(partnerId).name();
		visibility.requireVendor(TYPE, partnerId);
		return name;
	}

	/** The tier changes waiting for approval, oldest failure first (at most 500). */
	public List<PendingTierChange> pendingChanges() {
		visibility.requireVendor(TYPE, "pending");
		ComplianceCatalogue catalogue = engine.catalogue();
		List<PendingTierChange> pending = new ArrayList<>();
		for (MembershipState s : states.pending(PENDING_LIMIT)) {
			ProgramView program = catalogue.programs().get(s.programId());
			pending.add(new PendingTierChange(s.partnerId(), partners.partner(s.partnerId()).name(), s.programId(),
					program.name(), catalogue.tierName(s.programId(), s.tierId()),
					catalogue.tierName(s.programId(), s.pendingTierId()), s.status(), s.pendingReason(), s.failingSince()));
		}
		pending.sort(Comparator.comparing(PendingTierChange::programName).thenComparing(PendingTierChange::partnerName));
		return pending;
	}

	/**
	 * The partner's current figures, and an empty one for each further metric its programmes' tiers
	 * require, so that a what-if can change any figure that matters.
	 */
	public List<Figure> figureSheet(UUID partnerId) {
		partners.partner(partnerId);
		visibility.requireVendor(TYPE, partnerId);
		ComplianceCatalogue catalogue = engine.catalogue();
		Map<String, Figure> sheet = new LinkedHashMap<>();
		figures.figures(List.of(partnerId), catalogue.usesAttributes() ? figures.attributesOf(partnerId) : null)
			.getOrDefault(partnerId, List.of()).forEach(f -> sheet.put(key(f.metric(), f.qualifier()), f));
		for (MembershipState state : states.ofPartner(partnerId)) {
			for (TierRules tier : catalogue.tiersByProgram().get(state.programId())) {
				tier.requirements().forEach(r -> sheet.putIfAbsent(key(r.metric(), r.qualifier()),
						new Figure(r.metric(), r.qualifier(), null, null, r.currency(), null)));
			}
		}
		List<Figure> sorted = new ArrayList<>(sheet.values());
		sorted.sort(Comparator.comparing(Figure::metric).thenComparing(Figure::qualifier));
		return sorted;
	}

	private static String key(Metric metric, String qualifier) {
		return metric + "/" + (qualifier == null ? "" : qualifier.toLowerCase());
	}
}
