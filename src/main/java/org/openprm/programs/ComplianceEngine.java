package org.openprm.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.programs.domain.Evaluation;
import org.openprm.programs.domain.MembershipState;
import org.openprm.programs.domain.MembershipStates;
import org.openprm.programs.domain.ProgramRepository;
import org.openprm.programs.domain.RequirementStore;
import org.openprm.programs.domain.TierHistory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates memberships set-based: the catalogue once, memberships and figures a page at a time,
 * decisions in memory, results written in one batch per page (each page its own transaction).
 * Tier changes happen at once, or wait for vendor approval where the programme asks for it.
 */
@Component
class ComplianceEngine {

	static final int PAGE = 1000;

	private final ProgramRepository programs;

	private final ProgramRecords records;

	private final RequirementStore requirements;

	private final MembershipStates states;

	private final PartnerFigureSources figures;

	private final TierHistory history;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	ComplianceEngine(ProgramRepository programs, ProgramRecords records, RequirementStore requirements,
			MembershipStates states, PartnerFigureSources figures, TierHistory history, ApplicationEventPublisher events,
			TransactionTemplate transaction) {
		this.programs = programs;
		this.records = records;
		this.requirements = requirements;
		this.states = states;
		this.figures = figures;
		this.history = history;
		this.events = events;
		this.transaction = transaction;
	}

	/** What one run did: memberships evaluated, tier changes made and changes waiting for approval. */
	record Run(int evaluated, int changed, int pending) {

		Run plus(Run other) {
			return new Run(evaluated + other.evaluated, changed + other.changed, pending + other.pending);
		}
	}

	ComplianceCatalogue catalogue() {
		return ComplianceCatalogue.of(records.views(programs.findAll()), requirements.requirementsByTier(),
				requirements.settings());
	}

	Run evaluateAll(Instant now, ZoneId zone, String by) {
		ComplianceCatalogue catalogue = catalogue();
		Map<UUID, Map<String, String>> attributes = catalogue.usesAttributes() ? figures.allAttributes() : null;
		Run total = new Run(0, 0, 0);
		UUID after = null;
		while (true) {
			List<MembershipState> page = states.page(after, PAGE);
			if (page.isEmpty()) {
				return total;
			}
			total = total.plus(transaction.execute(status -> apply(page, catalogue, attributes, now, zone, by)));
			after = page.get(page.size() - 1).id();
		}
	}

	Run evaluatePartner(UUID partnerId, Instant now, ZoneId zone, String by) {
		ComplianceCatalogue catalogue = catalogue();
		Map<UUID, Map<String, String>> attributes = catalogue.usesAttributes() ? figures.attributesOf(partnerId) : null;
		return apply(states.ofPartner(partnerId), catalogue, attributes, now, zone, by);
	}

	Evaluation evaluate(MembershipState state, ComplianceCatalogue catalogue, List<Figure> partnerFigures, Instant now,
			ZoneId zone) {
		return catalogue.policy(state.programId()).evaluate(catalogue.tiersByProgram().get(state.programId()),
				state.tierId(), partnerFigures, state.failingSince(), now, LocalDate.ofInstant(now, zone));
	}

	private Run apply(List<MembershipState> page, ComplianceCatalogue catalogue,
			Map<UUID, Map<String, String>> attributes, Instant now, ZoneId zone, String by) {
		Map<UUID, List<Figure>> byPartner = figures.figures(page.stream().map(MembershipState::partnerId).distinct().toList(),
				attributes);
		List<MembershipState> updated = new ArrayList<>();
		List<Move> moves = new ArrayList<>();
		int pending = 0;
		for (MembershipState state : page) {
			Evaluation result = evaluate(state, catalogue, byPartner.getOrDefault(state.partnerId(), List.of()), now, zone);
			UUID target = result.targetTierId();
			if (target != null && !catalogue.approvalRequired(state.programId())) {
				moves.add(new Move(state, target, reason(result, catalogue, state)));
				continue;
			}
			boolean waiting = target != null;
			pending += waiting ? 1 : 0;
			MembershipState outcome = new MembershipState(state.id(), state.partnerId(), state.programId(), state.tierId(),
					result.status(), result.failingSince(), waiting ? target : null,
					waiting ? reason(result, catalogue, state) : null);
			if (!outcome.equals(state)) {
				updated.add(outcome);
			}
		}
		states.update(updated, now);
		changeTiers(moves, now, by);
		return new Run(page.size(), moves.size(), pending);
	}

	private record Move(MembershipState state, UUID target, String reason) {
	}

	private void changeTiers(List<Move> moves, Instant now, String by) {
		Map<UUID, UUID> tiers = new java.util.LinkedHashMap<>();
		moves.forEach(m -> tiers.put(m.state().id(), m.target()));
		states.moveAll(tiers, now);
		history.addAll(moves.stream().map(m -> new TierHistory.Entry(m.state().partnerId(), m.state().programId(),
				m.state().tierId(), m.target(), m.reason(), now, by)).toList());
		moves.forEach(m -> events.publishEvent(new TierChanged(m.state().partnerId(), m.state().programId(),
				m.state().tierId(), m.target(), m.reason(), now)));
	}

	void changeTier(MembershipState state, UUID target, String reason, Instant now, String by) {
		states.moveTo(state.id(), target, now);
		history.add(new TierHistory.Entry(state.partnerId(), state.programId(), state.tierId(), target, reason, now, by));
		events.publishEvent(new TierChanged(state.partnerId(), state.programId(), state.tierId(), target, reason, now));
	}

	private static String reason(Evaluation result, ComplianceCatalogue catalogue, MembershipState state) {
		String to = catalogue.tierName(state.programId(), result.targetTierId());
		return result.status() == ComplianceStatus.QUALIFIES_FOR_UPGRADE ? "Meets the requirements of " + to
				: "Requirements of " + catalogue.tierName(state.programId(), state.tierId())
						+ " not met since " + result.failingSince() + "; the grace period ended";
	}
}
