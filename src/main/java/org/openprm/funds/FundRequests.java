package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.domain.FundChoiceStore;
import org.openprm.funds.domain.FundRequest;
import org.openprm.funds.domain.FundRequestRepository;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.identity.VisibilityScope;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fund requests (pre-approval): a partner proposes an activity against a fund it may draw on; vendor
 * staff approve (fully or partly; from the configured threshold on by two different people), return it
 * for changes or reject it with a reason. The final approval reserves the amount in the fund's ledger.
 */
@Service
@Transactional
public class FundRequests {

	static final String TYPE = "FundRequest";

	private final FundRequestRepository requests;

	private final FundBooks books;

	private final FundChoiceStore choices;

	private final ExchangeRates rates;

	private final FundSettings settings;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FundViews views;

	FundRequests(FundRequestRepository requests, FundBooks books, FundChoiceStore choices, ExchangeRates rates,
			FundSettings settings, Visibility visibility, CurrentActor actors, ApplicationEventPublisher events, Clock clock,
			FundViews views) {
		this.requests = requests;
		this.books = books;
		this.choices = choices;
		this.rates = rates;
		this.settings = settings;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
		this.views = views;
	}

	/** Submits a request for the caller's organisation (vendor staff: for the draft's partner). */
	public FundRequestView submit(FundRequestDraft draft) {
		if (draft.fundId() == null) {
			throw InvalidInput.of("fundId", "is required", "required");
		}
		FundView fund = books.readable(draft.fundId()).view();
		Actor actor = actors.get();
		UUID partnerId = actor.isVendor() ? draft.partnerId() : actor.partnerId();
		if (partnerId == null) {
			throw InvalidInput.of("partnerId", "is required when vendor staff submit a request", "required");
		}
		visibility.requireWrite(TYPE, "new", partnerId);
		if (!books.eligible(fund, partnerId)) {
			throw InvalidInput.of("fundId", "is not a fund this partner may draw on", "funds.request.notEligible");
		}
		FundRequest.Activity activity = activity(draft, fund);
		// A currency without a rate to the fund's would only fail at approval: say so now.
		rates.convert("currency", activity.requestedAmount(), activity.currency(), fund.currency(), books.today());
		FundRequest request = requests.saveAndFlush(new FundRequest(fund.id(), partnerId, activity, clock.instant(),
				actor.email()));
		audit(request, "submitted", new FieldChange.Diff().field("status", null, request.status())
			.field("requestedAmount", null, request.requestedAmount().toPlainString() + " " + request.currency()));
		return views.request(request);
	}

	/** The partner's changed proposal after the vendor returned it. */
	public FundRequestView resubmit(UUID requestId, FundRequestDraft draft) {
		FundRequest request = writable(requestId);
		FundView fund = books.readable(request.fundId()).view();
		FundRequestStatus before = request.status();
		request.resubmit(activity(draft, fund), clock.instant());
		audit(request, "resubmitted", new FieldChange.Diff().field("status", before, request.status()));
		return views.request(request);
	}

	/**
	 * Approves all or part of the requested amount (in the request's currency). From the threshold on the
	 * first approval only records the approver; the second, by someone else, reserves.
	 */
	public FundRequestView approve(UUID requestId, BigDecimal approvedAmount) {
		FundRequest request = vendorOnly(requestId);
		FundView fund = books.readable(request.fundId()).view();
		BigDecimal amount = approvedAmount == null ? request.requestedAmount()
				: Money.positive("approvedAmount", approvedAmount, request.currency());
		if (amount.compareTo(request.requestedAmount()) > 0) {
			throw InvalidInput.of("approvedAmount", "must not exceed the requested amount "
					+ request.requestedAmount().toPlainString(), "funds.approve.tooMuch");
		}
		ExchangeRates.Conversion converted = rates.convert("approvedAmount", amount, request.currency(), fund.currency(),
				books.today());
		Instant now = clock.instant();
		String approver = actors.get().email();
		FundRequestStatus before = request.status();
		if (before == FundRequestStatus.SUBMITTED
				&& converted.amount().compareTo(settings.secondApprovalThreshold()) >= 0) {
			request.approveFirst(amount, approver, now);
		}
		else {
			if (!before.canBecome(FundRequestStatus.APPROVED)) {
				throw new org.openprm.shared.IllegalTransition("Fund request", before, FundRequestStatus.APPROVED);
			}
			books.requireAvailable(fund, request.partnerId(), converted.amount());
			request.approve(amount, converted.amount(), converted.rate(), approver, now);
			books.ledger().book(fund.id(), request.partnerId(), EntryType.RESERVATION, converted.amount(), request.id(), null,
					"Approved request " + request.title(), now, approver);
		}
		audit(request, "approved", new FieldChange.Diff().field("status", before, request.status())
			.field("approvedAmount", null, amount.toPlainString() + " " + request.currency()));
		return views.request(request);
	}

	public FundRequestView reject(UUID requestId, String reason) {
		return decide(requestId, reason, true);
	}

	public FundRequestView returnForChanges(UUID requestId, String reason) {
		return decide(requestId, reason, false);
	}

	private FundRequestView decide(UUID requestId, String reason, boolean reject) {
		FundRequest request = vendorOnly(requestId);
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "is required", "required");
		}
		FundRequestStatus before = request.status();
		if (reject) {
			request.reject(reason.strip(), clock.instant());
		}
		else {
			request.returnForChanges(reason.strip(), clock.instant());
		}
		audit(request, reject ? "rejected" : "returned", new FieldChange.Diff().field("status", before, request.status())
			.field("reason", null, reason.strip()));
		return views.request(request);
	}

	@Transactional(readOnly = true)
	public FundRequestView request(UUID requestId) {
		return views.request(readable(requestId));
	}

	@Transactional(readOnly = true)
	public List<FundRequestView> requests() {
		VisibilityScope scope = visibility.scope();
		List<FundRequest> found = scope.vendor() ? requests.listed() : requests.ofPartners(scope.readablePartnerIds());
		return views.requests(found);
	}

	/** The vendor's approved lists: activity types and marketing themes. */
	@Transactional(readOnly = true)
	public List<String> activityTypes() {
		return choices.active(FundChoiceStore.ACTIVITY_TYPE);
	}

	@Transactional(readOnly = true)
	public List<String> themes() {
		return choices.active(FundChoiceStore.THEME);
	}

	/** Adds an activity type ({@code ACTIVITY_TYPE}) or theme ({@code THEME}) to the vendor's lists. */
	public void addChoice(String kind, String name) {
		visibility.requireVendor("FundChoice", "new");
		if (!FundChoiceStore.ACTIVITY_TYPE.equals(kind) && !FundChoiceStore.THEME.equals(kind)) {
			throw InvalidInput.of("kind", "must be ACTIVITY_TYPE or THEME", "funds.choice.kind");
		}
		if (name == null || name.isBlank() || name.length() > 100) {
			throw InvalidInput.of("name", "must be 1 to 100 characters", "required");
		}
		choices.add(kind, name.strip());
	}

	FundRequest readable(UUID requestId) {
		return visibility.readable(TYPE, requestId, requests.findById(requestId), FundRequest::partnerId);
	}

	FundRequest writable(UUID requestId) {
		return visibility.writable(TYPE, requestId, requests.findById(requestId), FundRequest::partnerId);
	}

	private FundRequest vendorOnly(UUID requestId) {
		FundRequest request = readable(requestId);
		if (!visibility.scope().vendor()) {
			throw visibility.refuse(TYPE, requestId, "decide");
		}
		return request;
	}

	private FundRequest.Activity activity(FundRequestDraft draft, FundView fund) {
		return new FundRequestInput(draft, fund, activityTypes(), themes(), settings.claimDays()).activity();
	}

	void audit(FundRequest request, String action, FieldChange.Diff diff) {
		events.publishEvent(new FundChanged(TYPE, request.id().toString(), request.partnerId(), action, diff.changes()));
	}

	static RecordNotFound notFound(UUID id) {
		return RecordNotFound.of(TYPE, id);
	}
}
