package org.openprm.deals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprm.deals.domain.CustomerClaims;
import org.openprm.deals.domain.DealJournal;
import org.openprm.deals.domain.DealRegistration;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.programs.PartnerBenefits;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's decisions on deal registrations: review, questions, approval with its protection
 * period, rejection, extensions and partner credit. Partners who can see a registration get 403 here,
 * everyone else 404.
 */
@Service
@Transactional
public class DealDecisions {

	private final DealRecords records;

	private final CustomerClaims claims;

	private final DealJournal journal;

	private final DealOwners owners;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final DealSettings settings;

	private final PartnerBenefits benefits;

	private final Clock clock;

	DealDecisions(DealRecords records, CustomerClaims claims, DealJournal journal, DealOwners owners,
			CurrentActor actors, ApplicationEventPublisher events, DealSettings settings, PartnerBenefits benefits,
			Clock clock) {
		this.benefits = benefits;
		this.records = records;
		this.claims = claims;
		this.journal = journal;
		this.owners = owners;
		this.actors = actors;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	public DealView startReview(UUID id) {
		DealRegistration registration = records.decidable(id, "review");
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "review-started", registration.startReview(now), now);
		return records.written(registration);
	}

	public DealView requestInformation(UUID id, String question) {
		DealRegistration registration = records.decidable(id, "request information");
		DealRecords.requireText("question", question);
		Instant now = clock.instant();
		Actor actor = actors.get();
		journal.changed(registration, actor, "information-requested", registration.requestInformation(question.trim(), now), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.INFORMATION_REQUESTED, question.trim()));
		return records.written(registration);
	}

	/** Approves; {@code protectionDays} overrides the configured protection period for this deal. */
	public DealView approve(UUID id, Integer protectionDays) {
		DealRegistration registration = records.decidable(id, "approve");
		approve(registration, actors.get(), protectionDays, false, clock.instant());
		return records.written(registration);
	}

	void approve(DealRegistration registration, Actor actor, Integer protectionDays, boolean automatically,
			Instant now) {
		if (registration.status().canBecome(DealStatus.APPROVED)
				&& !claims.claim(registration.customerKey(), registration.id(), registration.partnerId(), now)) {
			throw new Conflict("Another registration holds this customer; it was registered first and has not ended.");
		}
		int days = protectionDays == null ? defaultProtectionDays(registration.partnerId()) : protectionDays;
		Instant until = now.plus(Duration.ofDays(days));
		journal.changed(registration, actor, automatically ? "auto-approved" : "approved", registration.approve(now, until), now);
		events.publishEvent(new DealApproved(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.credits(), registration.customer().name(), registration.amount(), registration.currency(),
				registration.expectedCloseDate(), now, until, automatically));
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.APPROVED, null));
	}

	/**
	 * How long an approval protects a partner's deal unless the approver says otherwise: the protection
	 * its tiers give ({@code dealProtectionDays} benefit, the longest of its programmes), else
	 * {@code prm.deals.protection-days}.
	 */
	@Transactional(readOnly = true)
	public int defaultProtectionDays(UUID partnerId) {
		int tierDays = benefits.of(partnerId).dealProtectionDays();
		return tierDays > 0 ? tierDays : settings.protectionDays();
	}

	public DealView reject(UUID id, String reason) {
		DealRegistration registration = records.decidable(id, "reject");
		DealRecords.requireText("reason", reason);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "rejected", registration.reject(reason.trim(), now), now);
		records.end(registration);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.REJECTED, reason.trim()));
		return records.written(registration);
	}

	public DealView approveExtension(UUID id, Integer days) {
		DealRegistration registration = records.decidable(id, "approve extension");
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "extension-approved", registration.approveExtension(days, now), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.EXTENSION_APPROVED, null));
		return records.written(registration);
	}

	public DealView declineExtension(UUID id) {
		DealRegistration registration = records.decidable(id, "decline extension");
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "extension-declined", registration.declineExtension(now), now);
		return records.written(registration);
	}

	/** Vendor staff record which partners take part and in which role; the registering partner keeps its credit. */
	public DealView assignCredits(UUID id, List<PartnerCredit> credits) {
		DealRegistration registration = records.decidable(id, "assign credit");
		for (int i = 0; i < credits.size(); i++) {
			owners.requireExisting(credits.get(i).partnerId(), "credits[" + i + "].partnerId");
		}
		Instant now = clock.instant();
		String rolesBefore = roles(registration.credits());
		FieldChange.Diff audited = registration.assignCredits(credits, now);
		journal.changedForVendor(registration, actors.get(), "credit-assigned", audited,
				new FieldChange.Diff().field("credits", rolesBefore, roles(registration.credits())), now);
		return records.written(registration);
	}

	/** The roles on a deal without the partners: what the deal's own partner may read of a credit change. */
	private static String roles(List<PartnerCredit> credits) {
		return credits.stream().map(credit -> credit.role().name()).sorted().collect(Collectors.joining(", "));
	}
}
