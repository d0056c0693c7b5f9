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
import org.openprm.deals.domain.TimelineRecord;
import org.openprm.deals.domain.TimelineRepository;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.identity.VisibilityScope;
import org.openprm.shared.Conflict;
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
 * Use cases of deal registration: register, check for conflicts, decide, keep up to date, comment.
 * Every load goes through the caller's visibility scope: a partner sees its own registrations, a
 * distributor also those of its resellers, vendor staff all of them.
 */
@Service
@Transactional
public class DealManagement {

	static final String TYPE = "DealRegistration";

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

	DealManagement(DealRegistrationRepository registrations, TimelineRepository timeline, CommentRepository comments,
			CustomerClaims claims, ConflictDetector conflicts, DealJournal journal, DealOwners owners,
			Visibility visibility, CurrentActor actors, ApplicationEventPublisher events, DealSettings settings,
			ProductCatalogue catalogue, Clock clock) {
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
	}

	/** Registers a deal for the caller's organisation (or on behalf of one) and, unless a draft, submits it. */
	public DealView register(DealDraft draft) {
		DealOwners.Owner owner = owners.resolve(draft.partnerId(), draft.distributorId());
		DealInputRules rules = new DealInputRules(settings);
		EndCustomer customer = rules.customer(draft.customer());
		List<ProductLine> lines = rules.lines(catalogue.completed(draft.lines(), draft.currency()));
		BigDecimal amount = rules.amount(draft.amount(), lines);
		String currency = rules.currency(draft.currency());
		LocalDate close = rules.closeDate(draft.expectedCloseDate(), today());
		rules.check();
		Actor actor = actors.get();
		Instant now = clock.instant();
		DealRegistration draftRegistration = new DealRegistration(owner.partnerId(), owner.distributorId(), actor.userId(),
				actor.email(), customer, lines, amount, currency, close,
				draft.stage() == null ? DealStage.QUALIFICATION : draft.stage(), blankToNull(draft.description()), now);
		// Continue with the managed instance save answers: the one later changes in this transaction are written from.
		DealRegistration registration = registrations.saveAndFlush(draftRegistration);
		journal.changed(registration, actor, "created", new FieldChange.Diff().field("customer", null, customer.name())
			.field("amount", null, amount.toPlainString() + " " + currency).field("status", null, DealStatus.DRAFT), now);
		if (draft.submit()) {
			submit(registration, actor, now);
		}
		return written(registration);
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

	private boolean claimedBySomeoneElse(EndCustomer customer, UUID partnerId) {
		return claims.holder(CustomerKeys.of(customer)).flatMap(registrations::findById)
			.map(holder -> partnerId == null || !holder.partnerId().equals(partnerId)).orElse(false);
	}

	@Transactional(readOnly = true)
	public DealView registration(UUID id) {
		return view(readable(id));
	}

	@Transactional(readOnly = true)
	public PageResult<DealView> search(DealCriteria criteria, Pageable pageable) {
		Page<DealRegistration> page = registrations.findAll(DealSpecifications.matching(criteria, visibility.scope()),
				pageable);
		Map<UUID, String> names = new HashMap<>();
		return new PageResult<>(page.getContent().stream().map(r -> view(r, names)).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements());
	}

	/** A two-way update by either side; If-Match guards against lost updates. */
	public DealView update(UUID id, DealChanges changes, Long expectedVersion) {
		DealRegistration registration = writable(id);
		checkVersion(registration, expectedVersion);
		DealInputRules rules = new DealInputRules(settings);
		EndCustomer customer = changes.customer() == null ? registration.customer() : rules.customer(changes.customer());
		List<ProductLine> lines = changes.lines() == null ? registration.lines()
				: rules.lines(catalogue.completed(changes.lines(), registration.currency()));
		BigDecimal amount = changes.amount() != null ? rules.amount(changes.amount(), lines)
				: changes.lines() != null ? rules.amount(null, lines) : registration.amount();
		String currency = changes.currency() == null ? registration.currency() : rules.currency(changes.currency());
		LocalDate close = changes.expectedCloseDate() == null ? registration.expectedCloseDate()
				: rules.closeDate(changes.expectedCloseDate(), today());
		rules.check();
		Actor actor = actors.get();
		Instant now = clock.instant();
		FieldChange.Diff diff = registration.edit(changes.stage() == null ? registration.stage() : changes.stage(), amount,
				currency, close, changes.description() == null ? registration.description() : blankToNull(changes.description()),
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
		return written(registration);
	}

	/** Submits a draft. */
	public DealView submit(UUID id) {
		DealRegistration registration = writable(id);
		if (registration.status() != DealStatus.DRAFT) {
			throw new org.openprm.shared.IllegalTransition("Deal registration", registration.status(), DealStatus.SUBMITTED);
		}
		submit(registration, actors.get(), clock.instant());
		return written(registration);
	}

	/** The partner answers the vendor's question; the registration goes back to the vendor. */
	public DealView respond(UUID id, String answer) {
		DealRegistration registration = writable(id);
		if (registration.status() != DealStatus.MORE_INFO_REQUESTED) {
			throw new org.openprm.shared.IllegalTransition("Deal registration", registration.status(), DealStatus.SUBMITTED);
		}
		Actor actor = actors.get();
		Instant now = clock.instant();
		comment(registration, actor, answer, now);
		submit(registration, actor, now);
		return written(registration);
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
			approve(registration, Actor.SYSTEM, null, true, now);
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

	public DealView startReview(UUID id) {
		DealRegistration registration = decidable(id, "review");
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "review-started", registration.startReview(now), now);
		return written(registration);
	}

	public DealView requestInformation(UUID id, String question) {
		DealRegistration registration = decidable(id, "request information");
		requireText("question", question);
		Instant now = clock.instant();
		Actor actor = actors.get();
		journal.changed(registration, actor, "information-requested", registration.requestInformation(question.trim(), now), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.INFORMATION_REQUESTED, question.trim()));
		return written(registration);
	}

	/** Approves; {@code protectionDays} overrides the configured protection period for this deal. */
	public DealView approve(UUID id, Integer protectionDays) {
		DealRegistration registration = decidable(id, "approve");
		approve(registration, actors.get(), protectionDays, false, clock.instant());
		return written(registration);
	}

	private void approve(DealRegistration registration, Actor actor, Integer protectionDays, boolean automatically,
			Instant now) {
		if (registration.status().canBecome(DealStatus.APPROVED)
				&& !claims.claim(registration.customerKey(), registration.id(), registration.partnerId(), now)) {
			throw new Conflict("Another registration holds this customer; it was registered first and has not ended.");
		}
		int days = protectionDays == null ? settings.protectionDays() : protectionDays;
		Instant until = now.plus(Duration.ofDays(days));
		journal.changed(registration, actor, automatically ? "auto-approved" : "approved", registration.approve(now, until), now);
		events.publishEvent(new DealApproved(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.credits(), registration.customer().name(), registration.amount(), registration.currency(),
				registration.expectedCloseDate(), now, until, automatically));
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.APPROVED, null));
	}

	public DealView reject(UUID id, String reason) {
		DealRegistration registration = decidable(id, "reject");
		requireText("reason", reason);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "rejected", registration.reject(reason.trim(), now), now);
		end(registration);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.REJECTED, reason.trim()));
		return written(registration);
	}

	public DealView win(UUID id) {
		DealRegistration registration = writable(id);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "won", registration.win(now), now);
		claims.release(registration.id());
		events.publishEvent(new DealWon(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.credits(), registration.customer().name(), registration.customer().country(),
				registration.amount(), registration.currency(), registration.approvedAt(), now));
		notifyOtherSide(registration, DealNotice.Kind.WON);
		return written(registration);
	}

	public DealView lose(UUID id, String reason) {
		DealRegistration registration = writable(id);
		requireText("reason", reason);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "lost", registration.lose(reason.trim(), now), now);
		end(registration);
		events.publishEvent(new DealLost(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.credits(), registration.customer().name(), registration.amount(), registration.currency(),
				reason.trim(), now));
		notifyOtherSide(registration, DealNotice.Kind.LOST);
		return written(registration);
	}

	public DealView withdraw(UUID id, String reason) {
		DealRegistration registration = writable(id);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "withdrawn", registration.withdraw(blankToNull(reason), now), now);
		end(registration);
		return written(registration);
	}

	/** Expires an approved registration whose protection ended (the expiry job, as the system). */
	void expire(DealRegistration registration, Instant now) {
		if (registration.status() != DealStatus.APPROVED || registration.protectedUntil().isAfter(now)) {
			return;
		}
		Instant until = registration.protectedUntil();
		journal.changed(registration, Actor.SYSTEM, "expired", registration.expire(now), now);
		end(registration);
		events.publishEvent(new DealExpired(registration.id(), registration.partnerId(), registration.distributorId(),
				registration.customer().name(), registration.amount(), registration.currency(), until, now));
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.EXPIRED, null));
	}

	/** A final state frees the customer for the next registration and leaves the conflict index. */
	private void end(DealRegistration registration) {
		claims.release(registration.id());
		conflicts.unindex(registration.id());
	}

	public DealView requestExtension(UUID id, int days, String reason) {
		DealRegistration registration = writable(id);
		if (days < 1 || days > settings.extensionDays()) {
			throw InvalidInput.of("days", "must be between 1 and " + settings.extensionDays(), "extension.days");
		}
		requireText("reason", reason);
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "extension-requested",
				registration.requestExtension(days, reason.trim(), now), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.EXTENSION_REQUESTED, reason.trim()));
		return written(registration);
	}

	public DealView approveExtension(UUID id, Integer days) {
		DealRegistration registration = decidable(id, "approve extension");
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "extension-approved", registration.approveExtension(days, now), now);
		events.publishEvent(new DealNotice(registration.id(), DealNotice.Kind.EXTENSION_APPROVED, null));
		return written(registration);
	}

	public DealView declineExtension(UUID id) {
		DealRegistration registration = decidable(id, "decline extension");
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "extension-declined", registration.declineExtension(now), now);
		return written(registration);
	}

	/** Vendor staff record which partners take part and in which role; the registering partner keeps its credit. */
	public DealView assignCredits(UUID id, List<PartnerCredit> credits) {
		DealRegistration registration = decidable(id, "assign credit");
		for (int i = 0; i < credits.size(); i++) {
			owners.requireExisting(credits.get(i).partnerId(), "credits[" + i + "].partnerId");
		}
		Instant now = clock.instant();
		journal.changed(registration, actors.get(), "credit-assigned", registration.assignCredits(credits, now), now);
		return written(registration);
	}

	public DealComment addComment(UUID id, String body) {
		DealRegistration registration = writable(id);
		requireText("body", body);
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
		readable(id);
		return comments.findByRegistrationIdOrderByCreatedAtAscIdAsc(id).stream().map(CommentRecord::toComment).toList();
	}

	@Transactional(readOnly = true)
	public DealComment comment(UUID id, UUID commentId) {
		readable(id);
		return comments.findById(commentId).filter(c -> c.registrationId().equals(id)).map(CommentRecord::toComment)
			.orElseThrow(() -> RecordNotFound.of("DealComment", commentId));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(UUID id) {
		readable(id);
		return timeline.findByRegistrationIdOrderByAtAscIdAsc(id).stream().map(TimelineRecord::toEntry).toList();
	}

	private void notifyOtherSide(DealRegistration registration, DealNotice.Kind kind) {
		events.publishEvent(new DealNotice(registration.id(), kind, actors.get().isVendor() ? "vendor" : "partner"));
	}

	DealRegistration readable(UUID id) {
		VisibilityScope scope = visibility.scope();
		return visibility.readable(TYPE, id, registrations.findById(id),
				r -> scope.canRead(r.partnerId()) ? r.partnerId() : r.distributorId());
	}

	/** The registration if the caller may change it: its partner, the distributor it came through, vendor staff. */
	private DealRegistration writable(UUID id) {
		DealRegistration registration = readable(id);
		VisibilityScope scope = visibility.scope();
		visibility.requireWrite(TYPE, id, scope.canWrite(registration.partnerId()) ? registration.partnerId()
				: registration.distributorId());
		return registration;
	}

	/** Decisions are the vendor's: partners who can see the registration get 403, others 404. */
	private DealRegistration decidable(UUID id, String operation) {
		DealRegistration registration = readable(id);
		if (!actors.get().isVendor()) {
			throw visibility.refuse(TYPE, id, operation);
		}
		return registration;
	}

	private static void checkVersion(DealRegistration registration, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != registration.version()) {
			throw new Conflict("The deal registration was changed by someone else; reload it and apply your change again.");
		}
	}

	private static void requireText(String field, String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of(field, "is required", "required");
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), clock.getZone());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private DealView written(DealRegistration registration) {
		registrations.flush();
		return view(registration);
	}

	private DealView view(DealRegistration registration) {
		return view(registration, new HashMap<>());
	}

	private DealView view(DealRegistration r, Map<UUID, String> partnerNames) {
		boolean vendor = actors.get().isVendor();
		DealView.ExtensionRequest extension = r.extensionDays() == null ? null
				: new DealView.ExtensionRequest(r.extensionDays(), r.extensionReason(), r.extensionRequestedAt());
		return new DealView(r.id(), r.partnerId(), partnerNames.computeIfAbsent(r.partnerId(), owners::name),
				r.distributorId(), r.registeredBy(), r.customer(), r.lines(), r.amount(), r.currency(),
				r.expectedCloseDate(), r.stage(), r.description(), r.status(), r.statusReason(), r.firstToRegister(),
				r.possibleConflict(), vendor ? conflicts.decode(r.conflicts()) : null, r.submittedAt(), r.reviewDueAt(),
				r.approvedAt(), r.protectedUntil(), extension, r.credits(), r.createdAt(), r.updatedAt(), r.version());
	}
}
