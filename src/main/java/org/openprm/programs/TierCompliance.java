package org.openprm.programs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerManagement;
import org.openprm.programs.domain.Evaluation;
import org.openprm.programs.domain.MembershipState;
import org.openprm.programs.domain.MembershipStates;
import org.openprm.programs.domain.RequirementStore;
import org.openprm.programs.domain.TierHistory;
import org.openprm.programs.domain.TierRules;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuous tier compliance: a partner's status in each of its programmes and what it still needs,
 * on-demand and full evaluations, approval of tier changes, tier history, and a what-if for vendor
 * staff. Partners see only their own (404 for others); evaluating and deciding is for vendor staff.
 */
@Service
@Transactional
public class TierCompliance {

	private static final String TYPE = "ProgramMembership";

	private final ComplianceEngine engine;

	private final MembershipStates states;

	private final PartnerFigureSources figures;

	private final RequirementStore requirements;

	private final TierHistory history;

	private final PartnerManagement partners;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final Clock clock;

	TierCompliance(ComplianceEngine engine, MembershipStates states, PartnerFigureSources figures,
			RequirementStore requirements, TierHistory history, PartnerManagement partners, Visibility visibility,
			CurrentActor actors, Clock clock) {
		this.engine = engine;
		this.states = states;
		this.figures = figures;
		this.requirements = requirements;
		this.history = history;
		this.partners = partners;
		this.visibility = visibility;
		this.actors = actors;
		this.clock = clock;
	}

	/** The partner's standing in each of its programmes, evaluated now from its current figures. */
	@Transactional(readOnly = true)
	public List<TierStatusView> tierStatus(UUID partnerId) {
		return evaluated(partnerId, List.of());
	}

	/** As {@link #tierStatus} but with some figures replaced; nothing is saved (vendor staff). */
	@Transactional(readOnly = true)
	public List<TierStatusView> whatIf(UUID partnerId, List<Figure> changedFigures) {
		visibility.requireVendor(TYPE, partnerId);
		return evaluated(partnerId, changedFigures);
	}

	private List<TierStatusView> evaluated(UUID partnerId, List<Figure> changed) {
		partners.partner(partnerId);
		ComplianceCatalogue catalogue = engine.catalogue();
		Map<UUID, List<Figure>> current = figures.figures(List.of(partnerId),
				catalogue.usesAttributes() ? figures.attributesOf(partnerId) : null);
		Map<String, Figure> merged = new LinkedHashMap<>();
		current.getOrDefault(partnerId, List.of()).forEach(f -> merged.put(f.metric() + "/" + f.qualifier().toLowerCase(), f));
		changed.forEach(f -> merged.put(f.metric() + "/" + f.qualifier().toLowerCase(), f));
		List<TierStatusView> views = new ArrayList<>();
		Instant now = clock.instant();
		for (MembershipState state : states.ofPartner(partnerId)) {
			Evaluation e = engine.evaluate(state, catalogue, new ArrayList<>(merged.values()), now, clock.getZone());
			views.add(view(state, e, catalogue));
		}
		views.sort(java.util.Comparator.comparing(TierStatusView::programName));
		return views;
	}

	private TierStatusView view(MembershipState state, Evaluation e, ComplianceCatalogue catalogue) {
		ProgramView program = catalogue.programs().get(state.programId());
		TierView tier = program.tier(state.tierId()).orElseThrow();
		TierRules next = e.nextTier();
		Instant due = e.failingSince() == null ? null
				: e.failingSince().plus(Duration.ofDays(catalogue.policy(state.programId()).graceDays()));
		return new TierStatusView(program.id(), program.name(), tier.id(), tier.name(), tier.rank(), e.status(),
				e.failingSince(), due, e.checks(), next == null ? null : next.tierId(), next == null ? null : next.name(),
				e.missingForNext(), state.pendingTierId(),
				state.pendingTierId() == null ? null : catalogue.tierName(program.id(), state.pendingTierId()),
				state.pendingReason(), requirements.benefits(tier.id()));
	}

	/** Evaluates one partner now and applies the outcome (vendor staff). */
	public EvaluationSummary evaluate(UUID partnerId) {
		partners.partner(partnerId);
		visibility.requireVendor(TYPE, partnerId);
		return summary(engine.evaluatePartner(partnerId, clock.instant(), clock.getZone(), actors.get().email()));
	}

	/** Evaluates every membership, page by page, each page in its own transaction (vendor staff, the job). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public EvaluationSummary evaluateAll() {
		visibility.requireVendor(TYPE, "all");
		return summary(engine.evaluateAll(clock.instant(), clock.getZone(), actors.get().email()));
	}

	EvaluationSummary evaluateAllAt(Instant now) {
		return summary(engine.evaluateAll(now, clock.getZone(), "nightly evaluation"));
	}

	/** Applies the tier change waiting for approval. */
	public TierStatusView approve(UUID partnerId, UUID programId) {
		MembershipState state = pending(partnerId, programId);
		engine.changeTier(state, state.pendingTierId(), state.pendingReason() + " (approved by " + actors.get().email()
				+ ")", clock.instant(), actors.get().email());
		return status(partnerId, programId);
	}

	/** Declines the tier change waiting for approval; a declined downgrade starts a new grace period. */
	public TierStatusView decline(UUID partnerId, UUID programId) {
		MembershipState state = pending(partnerId, programId);
		states.update(List.of(new MembershipState(state.id(), partnerId, programId, state.tierId(), ComplianceStatus.COMPLIANT,
				state.failingSince() == null ? null : clock.instant(), null, null)), clock.instant());
		return status(partnerId, programId);
	}

	/** The partner's tier changes, newest first. */
	@Transactional(readOnly = true)
	public List<TierHistoryView> history(UUID partnerId) {
		partners.partner(partnerId);
		ComplianceCatalogue catalogue = engine.catalogue();
		Map<UUID, String> names = new HashMap<>();
		return history.ofPartner(partnerId).stream().map(h -> {
			ProgramView program = catalogue.programs().get(h.programId());
			names.putIfAbsent(h.programId(), program.name());
			return new TierHistoryView(h.programId(), program.name(),
					h.fromTierId() == null ? null : catalogue.tierName(h.programId(), h.fromTierId()),
					catalogue.tierName(h.programId(), h.toTierId()), h.reason(), h.at());
		}).toList();
	}

	private MembershipState pending(UUID partnerId, UUID programId) {
		partners.partner(partnerId);
		MembershipState state = states.ofPartner(partnerId).stream().filter(s -> s.programId().equals(programId))
			.findFirst().orElseThrow(() -> RecordNotFound.of(TYPE, programId));
		if (!actors.get().isVendor()) {
			throw visibility.refuse(TYPE, programId, "decideTierChange");
		}
		if (state.pendingTierId() == null) {
			throw new IllegalTransition("tier change", "none waiting", "decided");
		}
		return state;
	}

	private TierStatusView status(UUID partnerId, UUID programId) {
		return tierStatus(partnerId).stream().filter(s -> s.programId().equals(programId)).findFirst().orElseThrow();
	}

	private static EvaluationSummary summary(ComplianceEngine.Run run) {
		return new EvaluationSummary(run.evaluated(), run.changed(), run.pending());
	}
}
