package org.openprm.leads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.DealDraft;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealView;
import org.openprm.deals.DealWon;
import org.openprm.deals.EndCustomer;
import org.openprm.identity.CurrentActor;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadDetails;
import org.openprm.leads.domain.LeadRepository;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the partner holding a lead does with it: accept, decline (with a reason; the lead is routed on at
 * once), report progress (contacted, qualified, lost with a reason) and convert it into a deal
 * registration carrying the lead's data.
 */
@Service
@Transactional
public class LeadWork {

	private final LeadRecords records;

	private final LeadRouter router;

	private final LeadRepository leads;

	private final DealManagement deals;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadWork(LeadRecords records, LeadRouter router, LeadRepository leads, DealManagement deals, CurrentActor actors,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.router = router;
		this.leads = leads;
		this.deals = deals;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	public LeadView accept(UUID id) {
		Lead lead = records.writable(id);
		Instant now = clock.instant();
		lead.accept(now);
		router.accepted(lead, now);
		events.publishEvent(new LeadAccepted(lead.id(), lead.assignedPartnerId(), now));
		return records.view(lead);
	}

	public LeadView decline(UUID id, String reason) {
		Lead lead = records.writable(id);
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "is required", "required");
		}
		if (lead.status() != LeadStatus.OFFERED) {
			throw new IllegalTransition("Lead", lead.status(), "DECLINED");
		}
		Instant now = clock.instant();
		UUID partner = lead.assignedPartnerId();
		events.publishEvent(new LeadDeclined(lead.id(), partner, reason.trim(), now));
		router.reroute(lead, "DECLINED", reason.trim(), actors.get().email(), now);
		return records.view(lead);
	}

	/** A progress report: {@code CONTACTED}, {@code QUALIFIED} or {@code LOST} (which needs a reason). */
	public LeadView update(UUID id, LeadStatus status, String reason) {
		Lead lead = records.writable(id);
		if (status == null) {
			throw InvalidInput.of("status", "is required", "required");
		}
		if (status == LeadStatus.LOST && (reason == null || reason.isBlank())) {
			throw InvalidInput.of("reason", "is required when the lead is lost", "required");
		}
		Instant now = clock.instant();
		lead.progress(status, reason == null || reason.isBlank() ? null : reason.trim(), now);
		if (status == LeadStatus.LOST) {
			router.endCurrent(lead, "LOST", lead.statusReason(), now);
		}
		return records.view(lead);
	}

	/** Registers a deal for the lead's company on behalf of the holding partner; the lead is converted. */
	public LeadView convert(UUID id, BigDecimal amount, LocalDate expectedCloseDate) {
		Lead lead = records.writable(id);
		if (!lead.status().inProgress()) {
			throw new IllegalTransition("Lead", lead.status(), LeadStatus.CONVERTED);
		}
		LeadDetails d = lead.details();
		EndCustomer customer = new EndCustomer(d.company(), null, d.country(), null, d.postalCode(), null,
				d.contactName(), d.email(), d.phone());
		DealDraft draft = new DealDraft(lead.assignedPartnerId(), null, customer, List.of(),
				amount != null ? amount : d.estimatedValue(), d.currency() == null ? "EUR" : d.currency(),
				expectedCloseDate != null ? expectedCloseDate : LocalDate.now(clock).plusDays(90), DealStage.QUALIFICATION,
				"From lead " + lead.id() + (d.productInterest().isEmpty() ? "" : ": " + String.join(", ", d.productInterest())),
				true);
		DealView registration = deals.register(draft, "lead:" + lead.id());
		Instant now = clock.instant();
		lead.convert(registration.id(), now);
		router.endCurrent(lead, "CONVERTED", null, now);
		events.publishEvent(new LeadConverted(lead.id(), lead.assignedPartnerId(), registration.id(), now));
		return records.view(lead);
	}

	/** A converted lead's deal was won: it counts as won in the funnel and the partner's track record. */
	@ApplicationModuleListener
	void on(DealWon event) {
		leads.findByDealRegistrationId(event.registrationId()).ifPresent(lead -> lead.markWon(event.wonAt()));
	}
}
