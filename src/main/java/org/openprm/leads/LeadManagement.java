package org.openprm.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.deals.ConflictCandidate;
import org.openprm.deals.DealManagement;
import org.openprm.deals.EndCustomer;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.identity.VisibilityScope;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadDetails;
import org.openprm.leads.domain.LeadRepository;
import org.openprm.leads.domain.Qualification;
import org.openprm.programs.ProgramManagement;
import org.openprm.shared.PageResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead intake and reading: receives leads (vendor staff, the API, CSV rows, the public web form), links
 * them to open leads and deal registrations of the same company (through the deal matcher), scores them
 * and routes the qualified ones at once. A partner reads only the leads assigned to it.
 */
@Service
@Transactional
public class LeadManagement {

	private static final java.util.Set<LeadStatus> OPEN = LeadStatus.openStatuses();

	private final LeadRepository leads;

	private final LeadRecords records;

	private final LeadRouter router;

	private final LeadSettings settings;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final DealManagement deals;

	private final ProgramManagement programs;

	private final Clock clock;

	LeadManagement(LeadRepository leads, LeadRecords records, LeadRouter router, LeadSettings settings,
			Visibility visibility, CurrentActor actors, DealManagement deals, ProgramManagement programs, Clock clock) {
		this.leads = leads;
		this.records = records;
		this.router = router;
		this.settings = settings;
		this.visibility = visibility;
		this.actors = actors;
		this.deals = deals;
		this.programs = programs;
		this.clock = clock;
	}

	/** Vendor staff (or an integration with a vendor token) enter a lead; partners get 403. */
	public LeadView receive(LeadDraft draft) {
		if (!visibility.scope().vendor()) {
			throw visibility.refuse(LeadRecords.TYPE, "new", "create");
		}
		return records.view(intake(draft, actors.get().email()));
	}

	/** A lead from the vendor's website (the public web-to-lead form), received as the system. */
	public UUID receiveFromWebsite(LeadDraft draft) {
		return CurrentActor.runAsSystem(() -> intake(draft, "web-to-lead").id());
	}

	Lead intake(LeadDraft draft, String by) {
		LeadIntake intake = new LeadIntake(settings);
		LeadDetails details = intake.details(draft);
		intake.check();
		if (draft.programId() != null) {
			programs.program(draft.programId());
		}
		Instant now = clock.instant();
		Qualification.Result quality = new Qualification(settings.qualification()).score(details);
		String key = LeadIntake.companyKey(details.company());
		var original = leads.findFirstByCompanyKeyAndStatusInOrderByCreatedAtAsc(key, OPEN);
		Lead lead = leads.save(new Lead(details, key, draft.programId(), quality.score(), quality.grade(), now));
		if (original.isPresent()) {
			lead.markDuplicateOf(original.get().id(), now);
			return lead;
		}
		linkRegistration(lead, details);
		lead.qualify(quality.score() >= threshold(draft.programId()), now);
		if (lead.status() == LeadStatus.QUEUED) {
			router.route(lead, by, now);
		}
		return lead;
	}

	/** Links the lead to the deal registration the matcher finds most similar (for pinning and the vendor's view). */
	private void linkRegistration(Lead lead, LeadDetails d) {
		EndCustomer customer = new EndCustomer(d.company(), null, d.country(), null, d.postalCode(), null,
				d.contactName(), d.email(), d.phone());
		List<ConflictCandidate> found = CurrentActor.runAsSystem(() -> deals.checkConflicts(customer)).candidates();
		if (found != null) {
			found.stream().filter(c -> "REGISTRATION".equals(c.kind())).findFirst()
				.ifPresent(c -> lead.linkRegistration(c.id()));
		}
	}

	private int threshold(UUID programId) {
		if (programId == null || settings.qualification().programThresholds().isEmpty()) {
			return settings.qualification().threshold();
		}
		String key = CurrentActor.runAsSystem(() -> programs.program(programId).key());
		return settings.qualification().programThresholds().getOrDefault(key, settings.qualification().threshold());
	}

	@Transactional(readOnly = true)
	public LeadView lead(UUID id) {
		return records.view(records.readable(id));
	}

	/** Leads in the caller's scope: a partner sees those assigned to it, vendor staff all. */
	@Transactional(readOnly = true)
	public PageResult<LeadView> search(LeadCriteria criteria, Pageable pageable) {
		Page<Lead> page = leads.findAll(matching(criteria, visibility.scope()), pageable);
		Map<UUID, String> names = new HashMap<>();
		return new PageResult<>(page.getContent().stream().map(l -> records.view(l, names)).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements());
	}

	private static Specification<Lead> matching(LeadCriteria criteria, VisibilityScope scope) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
			if (!scope.vendor()) {
				where.add(scope.readablePartnerIds().isEmpty() ? cb.disjunction()
						: root.get("assignedPartnerId").in(scope.readablePartnerIds()));
			}
			if (criteria.status() != null) {
				where.add(cb.equal(root.get("status"), criteria.status()));
			}
			if (criteria.partnerId() != null) {
				where.add(cb.equal(root.get("assignedPartnerId"), criteria.partnerId()));
			}
			if (criteria.q() != null && !criteria.q().isBlank()) {
				where.add(cb.like(root.get("companyKey"), "%" + LeadIntake.companyKey(criteria.q()) + "%"));
			}
			return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}
}
