package org.openprm.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.openprm.deals.ConflictCandidate;
import org.openprm.deals.DealManagement;
import org.openprm.deals.EndCustomer;
import org.openprm.identity.CurrentActor;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadAssignment;
import org.openprm.leads.domain.LeadBatchInserts;
import org.openprm.leads.domain.LeadDetails;
import org.openprm.leads.domain.OpenLeadsByCompany;
import org.openprm.leads.domain.Qualification;
import org.openprm.leads.routing.RoutingRules;
import org.springframework.stereotype.Component;

/**
 * Receives a chunk of checked import rows set-based, with the outcome that receiving them one by one would
 * have: one query finds open leads of the same companies (and the chunk's own earlier rows count too), one
 * call to the deal matcher links registrations, routing runs over the in-memory snapshot, and the leads and
 * assignments are stored with batch inserts. Runs inside the caller's transaction.
 */
@Component
class LeadChunks {

	private static final int AUDIT_BATCH = 500;

	private final OpenLeadsByCompany openLeads;

	private final EntityManager entities;

	private final LeadBatchInserts inserts;

	private final LeadRouter router;

	private final LeadSettings settings;

	private final DealManagement deals;

	private final Clock clock;

	LeadChunks(OpenLeadsByCompany openLeads, EntityManager entities, LeadBatchInserts inserts, LeadRouter router, LeadSettings settings,
			DealManagement deals, Clock clock) {
		this.openLeads = openLeads;
		this.entities = entities;
		this.inserts = inserts;
		this.router = router;
		this.settings = settings;
		this.deals = deals;
		this.clock = clock;
	}

	/** Receives the rows' leads (checked details of drafts without a programme), in their order. */
	List<Lead> intake(List<LeadDetails> rows, String by) {
		// The audit entry of each routed lead is written through JPA in this transaction: batched, not one by one.
		entities.unwrap(Session.class).setJdbcBatchSize(AUDIT_BATCH);
		Instant now = clock.instant();
		Map<String, UUID> originals = openLeadsByCompany(rows);
		List<Lead> received = new ArrayList<>(rows.size());
		List<Lead> fresh = new ArrayList<>();
		Qualification qualification = new Qualification(settings.qualification());
		for (LeadDetails details : rows) {
			Qualification.Result quality = qualification.score(details);
			String key = LeadIntake.companyKey(details.company());
			Lead lead = new Lead(details, key, null, quality.score(), quality.grade(), now);
			UUID original = originals.putIfAbsent(key, lead.id());
			if (original != null) {
				lead.markDuplicateOf(original, now);
			}
			else {
				fresh.add(lead);
			}
			received.add(lead);
		}
		List<LeadAssignment> assignments = distribute(fresh, by, now);
		inserts.leads(received);
		inserts.assignments(assignments);
		return received;
	}

	/** Links, qualifies and routes the leads that are no duplicates. */
	private List<LeadAssignment> distribute(List<Lead> fresh, String by, Instant now) {
		List<EndCustomer> customers = fresh.stream().map(l -> customer(l.details())).toList();
		List<List<ConflictCandidate>> found = CurrentActor.runAsSystem(() -> deals.conflictCandidates(customers));
		RoutingRules rules = router.rules();
		int threshold = settings.qualification().threshold();
		List<LeadAssignment> assignments = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			Lead lead = fresh.get(i);
			found.get(i).stream().filter(c -> "REGISTRATION".equals(c.kind())).findFirst()
				.ifPresent(c -> lead.linkRegistration(c.id()));
			lead.qualify(lead.score() >= threshold, now);
			if (lead.status() == LeadStatus.QUEUED) {
				LeadAssignment assignment = router.routeInChunk(lead, rules, by, now);
				if (assignment != null) {
					assignments.add(assignment);
				}
			}
		}
		return assignments;
	}

	/** The oldest open lead of each of the rows' companies: one query for the whole chunk. */
	private Map<String, UUID> openLeadsByCompany(List<LeadDetails> rows) {
		return openLeads.oldest(rows.stream().map(d -> LeadIntake.companyKey(d.company())).distinct().toList());
	}

	/** The customer as the one-by-one intake describes it to the deal matcher. */
	static EndCustomer customer(LeadDetails d) {
		return new EndCustomer(d.company(), null, d.country(), null, d.postalCode(), null, d.contactName(), d.email(),
				d.phone());
	}
}
