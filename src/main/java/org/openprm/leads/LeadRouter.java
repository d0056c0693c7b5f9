package org.openprm.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprm.deals.DealManagement;
import org.openprm.deals.DealStatus;
import org.openprm.deals.DealView;
import org.openprm.identity.CurrentActor;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadAssignment;
import org.openprm.leads.domain.LeadAssignmentRepository;
import org.openprm.leads.routing.LeadFacts;
import org.openprm.leads.routing.Location;
import org.openprm.leads.routing.RoutingDecision;
import org.openprm.leads.routing.RoutingEngine;
import org.openprm.leads.routing.RoutingRules;
import org.openprm.leads.routing.RoutingSnapshot;
import org.openprm.leads.routing.RoutingWeights;
import org.openprm.programs.ProgramManagement;
import org.openprm.shared.CalendarSettings;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Offers leads to partners: by the rules (through the in-memory snapshot), to a pinned named-account
 * partner, or as vendor staff chose; ends assignments and routes on after a decline or recall.
 */
@Component
class LeadRouter {

	private static final Set<String> EXCLUDING = Set.of("DECLINED", "RECALLED", "REASSIGNED");

	private final LeadAssignmentRepository assignments;

	private final RoutingSnapshots snapshots;

	private final RoutingEngine engine = new RoutingEngine();

	private final LeadSettings settings;

	private final CalendarSettings calendar;

	private final ProgramManagement programs;

	private final DealManagement deals;

	private final ExplanationCodec codec;

	private final ApplicationEventPublisher events;

	LeadRouter(LeadAssignmentRepository assignments, RoutingSnapshots snapshots, LeadSettings settings,
			CalendarSettings calendar, ProgramManagement programs, DealManagement deals, ExplanationCodec codec,
			ApplicationEventPublisher events) {
		this.assignments = assignments;
		this.snapshots = snapshots;
		this.settings = settings;
		this.calendar = calendar;
		this.programs = programs;
		this.deals = deals;
		this.codec = codec;
		this.events = events;
	}

	/** Offers a queued lead to the best partner; the lead stays queued when no partner is left. */
	RoutingDecision route(Lead lead, String by, Instant now) {
		RoutingDecision decision = engine.route(facts(lead), snapshots.current(), rules());
		if (decision.routed()) {
			offer(lead, decision.winner(), explanation(lead.id(), decision, by, now), by, now);
		}
		return decision;
	}

	/**
	 * Routes a lead received with an import chunk: as {@link #route}, but the assignment is answered for the
	 * chunk's batch insert rather than saved, and the partner hears of it once per import, not here.
	 */
	LeadAssignment routeInChunk(Lead lead, RoutingRules rules, String by, Instant now) {
		RoutingDecision decision = engine.route(facts(lead), snapshots.current(), rules);
		if (!decision.routed()) {
			return null;
		}
		RoutingExplanation explanation = explanation(lead.id(), decision, by, now);
		lead.offer(decision.winner(), dueAt(lead, now), now);
		snapshots.current().loads().assigned(decision.winner());
		events.publishEvent(new LeadRouted(lead.id(), decision.winner(), explanation.method(), now));
		return new LeadAssignment(lead.id(), decision.winner(), explanation.method(), explanation.ruleVersion(),
				codec.encode(explanation), by, now);
	}

	/** Takes the lead from its partner ({@code DECLINED}, {@code RECALLED}, {@code REASSIGNED}) and routes it on. */
	RoutingDecision reroute(Lead lead, String outcome, String reason, String by, Instant now) {
		UUID previous = lead.assignedPartnerId();
		endCurrent(lead, outcome, reason, now);
		if (!"DECLINED".equals(outcome)) {
			events.publishEvent(new LeadRecalled(lead.id(), previous, reason, now));
			events.publishEvent(new LeadNotice(lead.id(), previous, LeadNotice.Kind.RECALLED));
		}
		if ("REASSIGNED".equals(outcome)) {
			return null;
		}
		RoutingDecision decision = engine.route(facts(lead), snapshots.current(), rules());
		if (decision.routed()) {
			offer(lead, decision.winner(), explanation(lead.id(), decision, by, now), by, now);
		}
		else {
			lead.unassign(now);
		}
		return decision;
	}

	/** Vendor staff's choice. */
	void assign(Lead lead, UUID partnerId, String by, Instant now) {
		if (lead.assignedPartnerId() != null) {
			reroute(lead, "REASSIGNED", "reassigned by " + by, by, now);
		}
		RoutingExplanation manual = new RoutingExplanation(lead.id(), partnerId, "MANUAL", 0, java.util.Map.of(),
				List.of(), 1, settings.routing().version(), by, now);
		offer(lead, partnerId, manual, by, now);
	}

	void offer(Lead lead, UUID partnerId, RoutingExplanation explanation, String by, Instant now) {
		lead.offer(partnerId, dueAt(lead, now), now);
		assignments.save(new LeadAssignment(lead.id(), partnerId, explanation.method(), explanation.ruleVersion(),
				codec.encode(explanation), by, now));
		snapshots.current().loads().assigned(partnerId);
		events.publishEvent(new LeadRouted(lead.id(), partnerId, explanation.method(), now));
		events.publishEvent(new LeadNotice(lead.id(), partnerId, LeadNotice.Kind.OFFERED));
	}

	void accepted(Lead lead, Instant now) {
		current(lead).ifPresent(a -> a.accepted(now));
	}

	/** Ends the open assignment with its outcome; the partner's load drops. */
	void endCurrent(Lead lead, String outcome, String reason, Instant now) {
		current(lead).ifPresent(a -> {
			a.end(outcome, reason, now);
			snapshots.current().loads().released(a.partnerId());
		});
	}

	private java.util.Optional<LeadAssignment> current(Lead lead) {
		return assignments.findByLeadIdOrderByOfferedAtAsc(lead.id()).stream().filter(LeadAssignment::open).reduce((a, b) -> b);
	}

	Instant dueAt(Lead lead, Instant now) {
		Duration window = settings.sla().acceptanceWindow();
		if (lead.programId() != null && !settings.sla().programAcceptanceWindows().isEmpty()) {
			String key = CurrentActor.runAsSystem(() -> programs.program(lead.programId()).key());
			window = settings.sla().programAcceptanceWindows().getOrDefault(key, window);
		}
		return calendar.calendar().plus(now, window);
	}

	LeadFacts facts(Lead lead) {
		// A lead never offered has no assignments to look up.
		Set<UUID> excluded = lead.offeredAt() == null ? Set.of() : assignments.findByLeadIdOrderByOfferedAtAsc(lead.id())
			.stream().filter(a -> EXCLUDING.contains(a.outcome())).map(LeadAssignment::partnerId).collect(Collectors.toSet());
		var d = lead.details();
		Location location = d.latitude() == null || d.longitude() == null ? null : new Location(d.latitude(), d.longitude());
		return new LeadFacts(lead.id(), d.country(), d.region(), d.postalCode(), location, d.productInterest(),
				lead.programId(), lead.highValue(), excluded, pinnedPartner(lead));
	}

	/** The partner whose approved or won registration the lead's company matched (named-account pinning). */
	private UUID pinnedPartner(Lead lead) {
		if (lead.linkedRegistrationId() == null) {
			return null;
		}
		try {
			DealView registration = CurrentActor.runAsSystem(() -> deals.registration(lead.linkedRegistrationId()));
			return registration.status() == DealStatus.APPROVED || registration.status() == DealStatus.WON
					? registration.partnerId() : null;
		}
		catch (RecordNotFound gone) {
			return null;
		}
	}

	RoutingRules rules() {
		LeadSettings.Weights w = settings.routing().weights();
		return new RoutingRules(settings.routing().version(),
				new RoutingWeights(w.distance(), w.performance(), w.tier(), w.load(), w.fairness()),
				settings.routing().programId(), settings.routing().minimumTierRank(), snapshots.segmentMembers());
	}

	RoutingSnapshot snapshot() {
		return snapshots.current();
	}

	static RoutingExplanation explanation(UUID leadId, RoutingDecision decision, String by, Instant now) {
		return RoutingExplanation.of(leadId, decision, by, now);
	}
}
