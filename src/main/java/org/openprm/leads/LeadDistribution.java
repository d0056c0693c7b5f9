package org.openprm.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadAssignment;
import org.openprm.leads.domain.LeadAssignmentRepository;
import org.openprm.leads.domain.LeadCapacity;
import org.openprm.leads.domain.LeadCapacityRepository;
import org.openprm.leads.routing.PartnerProfile;
import org.openprm.leads.routing.RoutingSnapshot;
import org.openprm.partners.PartnerManagement;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing as vendor staff steer and inspect it: manual assignment and reassignment, releasing waiting
 * leads, high-value flags, the explanation of an assignment and the full routing history, and partner
 * capacities. A partner reads only its own assignment's explanation, which never names other partners.
 */
@Service
@Transactional
public class LeadDistribution {

	private final LeadRecords records;

	private final LeadRouter router;

	private final LeadAssignmentRepository assignments;

	private final LeadCapacityRepository capacities;

	private final ExplanationCodec codec;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final PartnerManagement partners;

	private final LeadSettings settings;

	private final RoutingSnapshots snapshots;

	private final Clock clock;

	LeadDistribution(LeadRecords records, LeadRouter router, LeadAssignmentRepository assignments,
			LeadCapacityRepository capacities, ExplanationCodec codec, Visibility visibility, CurrentActor actors,
			PartnerManagement partners, LeadSettings settings, RoutingSnapshots snapshots, Clock clock) {
		this.records = records;
		this.router = router;
		this.assignments = assignments;
		this.capacities = capacities;
		this.codec = codec;
		this.visibility = visibility;
		this.actors = actors;
		this.partners = partners;
		this.settings = settings;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	/** Vendor staff give the lead to a partner of their choice (taking it from the current one). */
	public LeadView assign(UUID id, UUID partnerId) {
		Lead lead = records.vendorOnly(id);
		if (partnerId == null) {
			throw InvalidInput.of("partnerId", "is required", "required");
		}
		partners.partner(partnerId);
		if (lead.status().closed()) {
			throw new org.openprm.shared.IllegalTransition("Lead", lead.status(), LeadStatus.OFFERED);
		}
		router.assign(lead, partnerId, actors.get().email(), clock.instant());
		return records.view(lead);
	}

	/** Releases a waiting lead (below the threshold) for distribution and routes it. */
	public LeadView release(UUID id) {
		Lead lead = records.vendorOnly(id);
		Instant now = clock.instant();
		lead.release(now);
		router.route(lead, actors.get().email(), now);
		return records.view(lead);
	}

	/** Routes a queued lead again (after partners were added or capacities raised). */
	public LeadView route(UUID id) {
		Lead lead = records.vendorOnly(id);
		if (lead.status() != LeadStatus.QUEUED) {
			throw new org.openprm.shared.IllegalTransition("Lead", lead.status(), LeadStatus.OFFERED);
		}
		router.route(lead, actors.get().email(), clock.instant());
		return records.view(lead);
	}

	public LeadView flagHighValue(UUID id, boolean highValue, String supportOffer) {
		Lead lead = records.vendorOnly(id);
		lead.flagHighValue(highValue, supportOffer == null || supportOffer.isBlank() ? null : supportOffer.trim(),
				clock.instant());
		return records.view(lead);
	}

	/** The explanation of the lead's current (or last) assignment. */
	@Transactional(readOnly = true)
	public RoutingExplanation routing(UUID id) {
		Lead lead = records.readable(id);
		List<LeadAssignment> history = assignments.findByLeadIdOrderByOfferedAtAsc(lead.id());
		if (history.isEmpty()) {
			throw RecordNotFound.of("Routing", id);
		}
		return forReader(codec.decode(history.get(history.size() - 1).explanation()));
	}

	/** Every assignment of the lead with its explanation (vendor staff). */
	@Transactional(readOnly = true)
	public List<LeadAssignmentView> history(UUID id) {
		Lead lead = records.vendorOnly(id);
		Map<UUID, String> names = new HashMap<>();
		List<LeadAssignmentView> views = new ArrayList<>();
		for (LeadAssignment a : assignments.findByLeadIdOrderByOfferedAtAsc(lead.id())) {
			views.add(new LeadAssignmentView(a.partnerId(), records.partnerName(a.partnerId(), names), a.method(),
					a.offeredAt(), a.acceptedAt(), a.outcome(), a.outcomeReason(), a.endedAt(), codec.decode(a.explanation())));
		}
		return views;
	}

	/** A partner's copy keeps only its own candidate entry; vendor staff see everything. */
	private RoutingExplanation forReader(RoutingExplanation e) {
		if (visibility.scope().vendor()) {
			return e;
		}
		List<RoutingExplanation.Candidate> own = e.candidates().stream()
			.filter(c -> visibility.scope().canRead(c.partnerId())).toList();
		return new RoutingExplanation(e.leadId(), visibility.scope().canRead(e.winner()) ? e.winner() : null, e.method(),
				e.considered(), e.filtered(), own, e.tied(), e.ruleVersion(), null, e.at());
	}

	/** The partner's capacity for open leads and the most its admin may set. */
	@Transactional(readOnly = true)
	public LeadCapacityView capacity(UUID partnerId) {
		partners.partner(partnerId);
		int open = snapshots.current().loads().open(partnerId);
		return capacities.findById(partnerId).map(c -> LeadCapacityView.of(partnerId, c.capacity(), maximum(c), open))
			.orElse(LeadCapacityView.of(partnerId, settings.defaultCapacity(), settings.partnerCapacityLimit(), open));
	}

	/** A page of the active partners' open leads against their capacity, the fullest first (vendor staff). */
	@Transactional(readOnly = true)
	public PageResult<PartnerLeadLoad> loads(int page, int size) {
		visibility.requireVendor("LeadCapacity", "loads");
		if (page < 0) {
			throw InvalidInput.of("page", "must be 0 or more");
		}
		if (size < 1 || size > 200) {
			throw InvalidInput.of("size", "must be between 1 and 200");
		}
		RoutingSnapshot snapshot = snapshots.current();
		List<PartnerLeadLoad> all = snapshot.partners().stream().filter(PartnerProfile::active)
			.map(p -> {
				int open = snapshot.loads().open(p.id());
				return new PartnerLeadLoad(p.id(), p.name(), p.capacity(), open, open >= p.capacity());
			})
			.sorted(Comparator.comparingInt(PartnerLeadLoad::percentUsed).reversed()
				.thenComparing(PartnerLeadLoad::partnerName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		int from = Math.min(all.size(), page * size);
		return new PageResult<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
	}

	/** Vendor staff set any capacity and the partner's maximum; a partner admin up to that maximum. */
	public LeadCapacityView setCapacity(UUID partnerId, int capacity, Integer maximum) {
		partners.partner(partnerId);
		visibility.requireWrite("LeadCapacity", partnerId, partnerId);
		boolean vendor = visibility.scope().vendor();
		if (!vendor && !actors.get().isPartnerAdmin()) {
			throw visibility.refuse("LeadCapacity", partnerId, "write");
		}
		int open = snapshots.current().loads().open(partnerId);
		LeadCapacity current = capacities.findById(partnerId).orElse(null);
		Integer limit = vendor ? maximum : current == null ? null : current.maximum();
		int allowed = limit == null ? settings.partnerCapacityLimit() : limit;
		if (capacity < 0 || (!vendor && capacity > allowed)) {
			throw InvalidInput.of("capacity", "must be between 0 and " + allowed, "range");
		}
		if (current == null) {
			current = capacities.save(new LeadCapacity(partnerId, capacity, limit));
		}
		else {
			current.set(capacity, limit);
		}
		// Rebuilt only once the new capacity is committed, or a route in between would cache the old one.
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						snapshots.invalidate();
					}
				});
		return LeadCapacityView.of(partnerId, capacity, maximum(current), open);
	}

	private int maximum(LeadCapacity c) {
		return c.maximum() == null ? settings.partnerCapacityLimit() : c.maximum();
	}
}
