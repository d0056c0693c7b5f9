package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.deals.domain.CommentRecord;
import org.openprm.deals.domain.CommentRepository;
import org.openprm.deals.domain.ConflictDetector;
import org.openprm.deals.domain.CustomerClaims;
import org.openprm.deals.domain.CustomerKeys;
import org.openprm.deals.domain.DealInputRules;
import org.openprm.deals.domain.DealJournal;
import org.openprm.deals.domain.DealRegistration;
import org.openprm.deals.domain.DealRegistrationRepository;
import org.openprm.deals.domain.DealSpecifications;
import org.openprm.deals.domain.FormSubmissions;
import org.openprm.deals.domain.TimelineRecord;
import org.openprm.deals.domain.TimelineRepository;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of deal registration on both sides: register, check for conflicts, keep up to date, end,
 * comment; the vendor's decisions are in {@link DealDecisions}.
 * Every load goes through the caller's visibility scope: a partner sees its own registrations, a
 * distributor also those of its resellers, vendor staff all of them.
 */
@Service
@Transactional
public class DealManagement {

	private final DealRegistrationRepository registrations;

	private final TimelineRepository timeline;

	private final CommentRepository comments;

	private final CustomerClaims claims;

	private final ConflictDetector conflicts;

	private final DealJournal journal;

	private final DealOwners owners;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final DealSettings settings;

	private final ProductCatalogue catalogue;

	private final Clock clock;

	private final DealRecords records;

	private final FormSubmissions forms;

	private final DealDecisions decisions;

	DealManagement(DealRegistrationRepository registrations, TimelineRepository timeline, CommentRepository comments,
			CustomerClaims claims, ConflictDetector conflicts, DealJournal journal, DealOwners owners,
			Visibility visibility, CurrentActor actors, ApplicationEventPublisher events, DealSettings settings,
			ProductCatalogue catalogue, Clock clock, DealRecords records, DealDecisions decisions, FormSubmissions forms) {
		this.registrations = registrations;
		this.timeline = timeline;
		this.comments = comments;
		this.claims = claims;
		this.conflicts = conflicts;
		this.journal = journal;
		this.owners = owners;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.settings = settings;
		this.catalogue = catalogue;
		this.clock = clock;
		this.records = records;
		this.forms = forms;
		this.decisions = decisions;
	}

	/** Registers a deal for the caller's organisation (or on behalf of one) and, unless a draft, submits it. */
	public DealView register(DealDraft draft) {
		DealOwners.Owner owner = owners.resolve(draft.partnerId(), draft.distributorId());
		DealInputRules rules = new DealInputRules(settings);
		EndCustomer customer = rules.customer(draft.customer());
		List<ProductLine> lines = rules.lines(catalogue.completed(draft.lines(), draft.currency()));
		BigDecimal amount = rules.amount(draft.amount(), lines);
		String currency = rules.currency(draft.currency());
		LocalDate close = rules.closeDate(draft.expectedCloseDate(), records.today());
		rules.check();
		Actor actor = actors.get();
		Instant now = clock.instant();
		DealRegistration draftRegistration = new DealRegistration(owner.partnerId(), owner.distributorId(), actor.userId(),
				actor.email(), customer, lines, amount, currency, close,
				draft.stage() == null ? DealStage.QUALIFICATION : draft.stage(), DealRecords.blankToNull(draft.description()), now);
		// Continue with the managed instance save answers: the one later changes in this transaction are written from.
		DealRegistration registration = registrations.saveAndFlush(draftRegistration);
		journal.changed(registration, actor, "created", new FieldChange.Diff().field("customer", null, customer.name())
			.field("amount", null, amount.toPlainString() + " " + currency).field("status", null, DealStatus.DRAFT), now);
		if (draft.submit()) {
			submit(registration, actor, now);
		}
		return records.written(registration);
	}

	/**
	 * Registers from a form that carries a random token: the form's first post registers, any later post
	 * of the same form (a double click, a re-sent post) answers the registration the first one created.
	 */
	public DealView register(DealDraft draft, String formToken) {
		if (formToken != null && formToken.length() > 64) {
			throw InvalidInput.of("formToken", "is not a form of this application", "invalid");
		}
		UUID user = actors.get().userId();
		if (formToken == null || formToken.isBlank() || forms.take(user, formToken, clock.instant())) {
			DealView created = register(draft);
			if (formToken != null && !formToken.isBlank()) {
				forms.created(user, formToken, created.id());
			}
			return created;
		}
		return forms.registration(user, formToken).map(this::registration)
			.orElseThrow(() -> RecordNotFound.of(DealRecords.TYPE, formToken));
	}

	/** The candidates for vendor staff; partners only learn whether a possible conflict exists. */
	@Transactional(readOnly = true)
	public ConflictCheck checkConflicts(EndCustomer entered) {
		DealInputRules rules = new DealInputRules(settings);
		EndCustomer customer = rules.customer(entered);
		rules.check();
		Actor actor = actors.get();
		List<ConflictCandidate> found = conflicts.check(customer, actor.partnerId(), null);
		boolean possible = !found.isEmpty() || claimedBySomeoneElse(customer, actor.partnerId());
		return actor.isVendor() ? new ConflictCheck(possible, found) : new ConflictCheck(possible, null);
	}

	/**
	 * The conflict candidates for many customers at once, in their order (vendor staff only; for imports such
	 * as the leads module's): one index query for all, the full matcher only where a customer's keys hit.
	 * Refuses the whole list, with the first customer's problems, when any customer is not valid.
	 */
	@Transactional(readOnly = true)
	public List<List<ConflictCandidate>> conflictCandidates(List<EndCustomer> entered) {
		Actor actor = actors.get();
		if (!actor.isVendor()) {
			throw visibility.refuse("DealRegistration", "conflicts", "read");
		}
		List<EndCustomer> customers = new ArrayList<>(entered.size());
		for (EndCustomer customer : entered) {
			DealInputRules rules = new DealInputRules(settings);
			customers.add(rules.customer(customer));
			rules.check();
		}
		return conflicts.check(customers, actor.partnerId());
	}

	private boolean claimedBySomeoneElse(EndCustomer customer, UUID partnerId) {
		return claims.holder(CustomerKeys.of(customer)).flatMap(registrations::findById)
			.map(holder -> partnerId == null || !holder.partnerId().equals(partnerId)).orElse(false);
	}

	@Transactional(readOnly = true)
	public DealView registration(UUID id) {
		return records.view(records.readable(id));
	}

	@Transactional(readOnly = true)
	public PageResult<DealView> search(DealCriteria criteria, Pageable pageable) {
		Page<DealRegistration> page = registrations.findAll(DealSpecifications.matching(criteria, visibility.scope()),
				pageable);
		Map<UUID, String> names = new HashMap<>();
		return new PageResult<>(page.getContent().stream().map(r -> records.view(r, names)).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements());
	}

	/** A two-way update by either side; If-Match guards against lost updates. */
	public DealView update(UUID id, DealChanges changes, Long expectedVersion) {
		DealRegistration registration = records.writable(id);
		DealRecords.checkVersion(registration, expectedVersion);
		DealInputRules rules = new DealInputRules(settings);
		EndCustomer customer = changes.customer() == null ? registration.customer() : rules.customer(changes.customer());
		List<ProductLine> lines = changes.lines() == null ? registration.lines()
				: rules.lines(catalogue.completed(changes.lines(), registration.currency()));
		BigDecimal amount = changes.amount() != null ? rules.amount(changes.amount(), lines)
				: changes.lines() != null ? rules.amount(null, lines) : registration.amount();
		String currency = changes.currency() == null ? registration.currency() : rules.currency(changes.currency());
		LocalDate close = changes.expectedCloseDate() == null ? registration.expectedCloseDate()
				: rules.closeDate(changes.expectedCloseDate(), records.today());
		rules.check();
		Actor actor = actors.get();
		Instant now = clock.instant();
		FieldChange.Diff diff = registration.edit(changes.stage() == null ? registration.stage() : changes.stage(), amount,
				currency, close, changes.description() == null ? registration.description() : DealRecords.blankToNull(changes.description()),
				lines, customer, now);
		if (!actor.isVendor() && settings.activityExtensionDays() > 0 && !diff.isEmpty()) {
			FieldChange.Diff extended = registration.extendUntil(now.plus(Duration.ofDays(settings.activityExtensionDays())), now);
			extended.changes().forEach((field, change) -> diff.field(field, change.before(), change.after()));
		}
		journal.changed(registration, actor, "updated", diff, now);
		if (!diff.isEmpty()) {
			events.publishEvent(new DealNotice(registration.id(), actor.isVendor() ? DealNotice.Kind.UPDATED_BY_VENDOR
					: DealNotice.Kind.UPDATED_BY_PARTNER, null));
		}
		return records.written(registration);
	}

	/** Submits a draft. */
	public DealView submit(UUID id) {
		DealRegistration registration = records.writable(id);
		if (registration.status() != DealStatus.DRAFT) {
			throw new org.openprm.shared.IllegalTransition("Deal registration", registration.status(), DealStatus.SUBMITTED);
		}
		submit(registration, actors.get(), clock.instant());
		return records.written(registration);
	}

	/** The partner answers the vendor's question; the registration goes back to the vendor. */
	public DealView respond(UUID id, String answer) {
		DealRegistration registration = records.writable(id);
		if (registration.status() != DealStatus.MORE_INFO_REQUESTED) {
			throw new org.openprm.shared.IllegalTransition("Deal registration", registration.status(), DealStatus.SUBMITTED);
		}
		Actor actor = actors.get();
		Instant now = clock.instant();
		comment(registration, actor, answer, now);
		submit(registration, actor, now);
		return records.written(registration);
	}

	private void submit(DealRegistration registration, Actor actor, Instant now) {
		boolean firstSubmission = registration.submittedAt() == null;
		String key = CustomerKeys.of(registration.customer());
		if (registration.customerKey() != null && !registration.customerKey().equals(key)) {
			claims.release(registration.id());
		}
		boolean first = claims.claim(key, registration.id(), registration.partnerId(), now);
		List<ConflictCandidate> found = new ArrayList<>(conflicts.check(registration.customer(), registration.partnerId(),
				registration.id()));
		if (!first) {
			claimHolder(key, found).ifPresent(holder -> found.add(0, holder));
		}
		boolean possible = !first || !found.isEmpty();
		FieldChange.Diff diff = registration.submit(now, settings.approvalDeadline(), key, first,
				conflicts.encode(found), possible);
		conflicts.index(registration);
		journal.changed(registration, actor, "submitted", diff, now);
		if (firstSubmission) {
			events.publishEvent(new DealRegistered(registration.id(), registration.partnerId(),
					registration.distributorId(), registration.registeredBy(), registration.customer().name(),
					registration.customer().country(), registration.amount(), registration.currency(),
					registration.expectedCloseDate(), registration.stage(), first, possible, now));
		}
		if (autoApprovable(registration)) {
			decisions.approve(registration, Actor.SYSTEM, null, true, now);
		}
	}

	/** The registration that claimed the customer first, as a candidate, unless the matcher found it already. */
	private java.util.Optional<ConflictCandidate> claimHolder(String key, List<ConflictCandidate> found) {
		return claims.holder(key)
			.filter(holderId -> found.stream().noneMatch(c -> c.id().equals(holderId)))
			.flatMap(registrations::findById)
			.map(holder -> new ConflictCandidate("REGISTRATION", holder.id(), null, holder.customer().name(), 1.0,
					List.of("registered first for the same customer (" + key.substring(2) + ")")));
	}

	private boolean autoApprovable(DealRegistration registration) {
		DealSettings.AutoApproval auto = settings.autoApproval();
		return auto.enabled() && !registration.possibleConflict() && registration.firstToRegister()
				&& registration.amount().compareTo(auto.maxAmount()) <= 0;
	}

	public DealView win(UUID id) {
		DealRegistration registration = records.writable(id);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "won", registration.win(now), now);
		claims.release(registration.id());
		events.publishEvent(new DealWon(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.credits(), registration.customer().name(), registration.customer().country(),
				registration.amount(), registration.currency(), registration.approvedAt(), now));
		notifyOtherSide(registration, DealNotice.Kind.WON);
		return records.written(registration);
	}

	public DealView lose(UUID id, String reason) {
		DealRegistration registration = records.writable(id);
		DealRecords.requireText("reason", reason);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "lost", registration.lose(reason.trim(), now), now);
		records.end(registration);
		events.publishEvent(new DealLost(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.credits(), registration.customer().name(), registration.amount(), registration.currency(),
				reason.trim(), now));
		notifyOtherSide(registration, DealNotice.Kind.LOST);
		return records.written(registration);
	}

	public DealView withdraw(UUID id, String reason) {
		DealRegistration registration = records.writable(id);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "withdrawn", registration.withdraw(DealRecords.blankToNull(reason), now), now);
		records.end(registration);
		return records.written(registration);
	}

	/** Expires an approved registration whose protection ended (the expiry job, as the system). */
	void expire(DealRegistration registration, Instant now) {
		if (registration.status() != DealStatus.APPROVED || registration.protectedUntil().isAfter(now)) {
			return;
		}
		Instant until = registration.protectedUntil();
		journal.changed(registration, Actor.SYSTEM, "expired", registration.expire(now), now);
		records.end(registration);
		events.publishEvent(new DealExpired(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.customer().name(), registration.amount(), registration.currency(), until, now));
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.EXPIRED, null));
	}

	public DealView requestExtension(UUID id, int days, String reason) {
		DealRegistration registration = records.writable(id);
		if (days < 1 || days > settings.extensionDays()) {
			throw InvalidInput.of("days", "must be between 1 and " + settings.extensionDays(), "extension.days");
		}
		DealRecords.requireText("reason", reason);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "extension-requested",
				registration.requestExtension(days, reason.trim(), now), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.EXTENSION_REQUESTED, reason.trim()));
		return records.written(registration);
	}

	public DealComment addComment(UUID id, String body) {
		DealRegistration registration = records.writable(id);
		DealRecords.requireText("body", body);
		Actor actor = actors.get();
		CommentRecord comment = comment(registration, actor, body, clock.instant());
		notifyOtherSide(registration, DealNotice.Kind.COMMENTED);
		return comment.toComment();
	}

	private CommentRecord comment(DealRegistration registration, Actor actor, String body, Instant now) {
		CommentRecord comment = comments.save(new CommentRecord(registration.id(), actor.userId(), actor.displayName(),
				actor.isVendor(), body.trim(), now));
		registration.touch(now);
		journal.note(registration, actor, "comment", body.trim(), now);
		return comment;
	}

	@Transactional(readOnly = true)
	public List<DealComment> comments(UUID id) {
		records.readable(id);
		return comments.findByRegistrationIdOrderByCreatedAtAscIdAsc(id).stream().map(CommentRecord::toComment).toList();
	}

	@Transactional(readOnly = true)
	public DealComment comment(UUID id, UUID commentId) {
		records.readable(id);
		return comments.findById(commentId).filter(c -> c.registrationId().equals(id)).map(CommentRecord::toComment)
			.orElseThrow(() -> RecordNotFound.of("DealComment", commentId));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(UUID id) {
		records.readable(id);
		return timeline.findByRegistrationIdOrderByAtAscIdAsc(id).stream().map(TimelineRecord::toEntry).toList();
	}

	private void notifyOtherSide(DealRegistration registration, DealNotice.Kind kind) {
		events.publishEvent(new DealNotice(registration.id(), kind, actors.get().isVendor() ? "vendor" : "partner"));
	}

}
