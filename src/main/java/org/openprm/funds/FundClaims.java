package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.domain.FundClaim;
import org.openprm.funds.domain.FundClaimRepository;
import org.openprm.funds.domain.FundRequest;
import org.openprm.funds.domain.ProofStore;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.identity.VisibilityScope;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims against approved fund requests: the partner claims its actual costs with proof files before the
 * claim deadline; vendor staff approve (fully or partly), return for correction or deny; finance pays.
 * Approval moves reserved money to claimed in the ledger, payment moves it to paid.
 */
@Service
@Transactional
public class FundClaims {

	static final String TYPE = "Claim";

	private final FundClaimRepository claims;

	private final FundRequests requests;

	private final FundBooks books;

	private final ProofStore proofs;

	private final ClaimInput input;

	private final ExchangeRates rates;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FundViews views;

	FundClaims(FundClaimRepository claims, FundRequests requests, FundBooks books, ProofStore proofs, ClaimInput input,
			ExchangeRates rates, Visibility visibility, CurrentActor actors, ApplicationEventPublisher events, Clock clock,
			FundViews views) {
		this.claims = claims;
		this.requests = requests;
		this.books = books;
		this.proofs = proofs;
		this.input = input;
		this.rates = rates;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
		this.views = views;
	}

	/** Claims with proof; everything is checked (amount, deadline, invoice, every file) before anything is written. */
	public ClaimView submit(UUID requestId, ClaimDraft draft, List<NewProofFile> files) {
		FundRequest request = requests.writable(requestId);
		if (request.status() != FundRequestStatus.APPROVED) {
			throw new Conflict("Only an approved request can be claimed; this one is " + request.status() + ".");
		}
		ClaimInput.Checked checked = input.check(request, draft, files, null, books.today());
		Instant now = clock.instant();
		FundClaim claim = claims.saveAndFlush(new FundClaim(request, checked.amount(), checked.invoiceNumber(),
				draft.leadsGenerated(), checked.campaignCode(), draft.leadIds(), now));
		checked.files().forEach(f -> proofs.add(claim.id(), f.name(), f.mediaType(), f.content(), now));
		audit(claim, "submitted", new FieldChange.Diff().field("status", null, claim.status())
			.field("amount", null, claim.amount().toPlainString() + " " + claim.currency())
			.field("invoiceNumber", null, claim.invoiceNumber()));
		return views.claim(claim);
	}

	/** The partner's corrected claim after it was returned; more proof files may come with it. */
	public ClaimView resubmit(UUID claimId, ClaimDraft draft, List<NewProofFile> files) {
		FundClaim claim = writable(claimId);
		if (claim.status() != ClaimStatus.RETURNED) {
			throw new IllegalTransition("Claim", claim.status(), ClaimStatus.SUBMITTED);
		}
		FundRequest request = requests.readable(claim.requestId());
		ClaimInput.Checked checked = input.check(request, draft, files, claim.id(), books.today());
		Instant now = clock.instant();
		claim.resubmit(checked.amount(), checked.invoiceNumber(), draft.leadsGenerated(), checked.campaignCode(),
				draft.leadIds(), now);
		checked.files().forEach(f -> proofs.add(claim.id(), f.name(), f.mediaType(), f.content(), now));
		audit(claim, "resubmitted", new FieldChange.Diff().field("status", ClaimStatus.RETURNED, claim.status()));
		return views.claim(claim);
	}

	/**
	 * Approves all or part of the claimed amount (in the claim's currency), converted to the fund's at the
	 * approval date's rate. What the request still holds covers it; anything above is reserved from the
	 * fund first, under the fund's lock, or refused.
	 */
	public ClaimView approve(UUID claimId, BigDecimal approvedAmount) {
		FundClaim claim = vendorOnly(claimId);
		BigDecimal amount = approvedAmount == null ? claim.amount()
				: Money.positive("approvedAmount", approvedAmount, claim.currency());
		if (amount.compareTo(claim.amount()) > 0) {
			throw org.openprm.shared.InvalidInput.of("approvedAmount", "must not exceed the claimed amount "
					+ claim.amount().toPlainString(), "funds.approve.tooMuch");
		}
		if (!claim.status().canBecome(ClaimStatus.APPROVED)) {
			throw new IllegalTransition("Claim", claim.status(), ClaimStatus.APPROVED);
		}
		FundView fund = books.readable(claim.fundId()).view();
		ExchangeRates.Conversion converted = rates.convert("approvedAmount", amount, claim.currency(), fund.currency(),
				books.today());
		books.ledger().lock(fund.id());
		BigDecimal held = books.ledger().heldFor(claim.requestId());
		Instant now = clock.instant();
		String by = actors.get().email();
		if (converted.amount().compareTo(held) > 0) {
			BigDecimal extra = converted.amount().subtract(held);
			books.requireAvailable(fund, claim.partnerId(), extra);
			books.ledger().book(fund.id(), claim.partnerId(), EntryType.RESERVATION, extra, claim.requestId(), claim.id(),
					"Claim above the reservation (exchange rate)", now, by);
		}
		claim.approve(amount, converted.amount(), converted.rate(), now);
		books.ledger().book(fund.id(), claim.partnerId(), EntryType.CLAIM_APPROVAL, converted.amount(), claim.requestId(),
				claim.id(), "Claim " + claim.invoiceNumber(), now, by);
		audit(claim, "approved", new FieldChange.Diff().field("status", ClaimStatus.SUBMITTED, claim.status())
			.field("approvedAmount", null, amount.toPlainString() + " " + claim.currency()));
		return views.claim(claim);
	}

	public ClaimView returnForCorrection(UUID claimId, String reason) {
		FundClaim claim = vendorOnly(claimId);
		ClaimStatus before = claim.status();
		claim.returnForCorrection(ClaimInput.reason(reason), clock.instant());
		audit(claim, "returned", new FieldChange.Diff().field("status", before, claim.status()).field("reason", null, reason));
		return views.claim(claim);
	}

	public ClaimView deny(UUID claimId, String reason) {
		FundClaim claim = vendorOnly(claimId);
		ClaimStatus before = claim.status();
		claim.deny(ClaimInput.reason(reason), clock.instant());
		audit(claim, "denied", new FieldChange.Diff().field("status", before, claim.status()).field("reason", null, reason));
		return views.claim(claim);
	}

	/** Records the payment of an approved claim with the finance reference. */
	public ClaimView pay(UUID claimId, String reference) {
		FundClaim claim = vendorOnly(claimId);
		String ref = ClaimInput.reference(reference);
		ClaimStatus before = claim.status();
		Instant now = clock.instant();
		claim.markPaid(ref, now);
		books.ledger().lock(claim.fundId());
		books.ledger().book(claim.fundId(), claim.partnerId(), EntryType.PAYMENT, claim.fundAmount(), claim.requestId(),
				claim.id(), "Paid, reference " + ref, now, actors.get().email());
		audit(claim, "paid", new FieldChange.Diff().field("status", before, claim.status()).field("reference", null, ref));
		return views.claim(claim);
	}

	@Transactional(readOnly = true)
	public ClaimView claim(UUID claimId) {
		return views.claim(readable(claimId));
	}

	@Transactional(readOnly = true)
	public List<ClaimView> claims() {
		VisibilityScope scope = visibility.scope();
		return (scope.vendor() ? claims.listed() : claims.ofPartners(scope.readablePartnerIds())).stream()
			.map(views::claim).toList();
	}

	/** The claims of one request the caller may read. */
	@Transactional(readOnly = true)
	public List<ClaimView> claimsOf(UUID requestId) {
		requests.readable(requestId);
		return claims.findByRequestId(requestId).stream().map(views::claim).toList();
	}

	/** Approved claims not yet paid, oldest approval first, for the finance export (scoped like every list). */
	@Transactional(readOnly = true)
	public List<ClaimView> approvedUnpaid() {
		VisibilityScope scope = visibility.scope();
		return claims.findByStatusOrderByDecidedAt(ClaimStatus.APPROVED).stream().filter(c -> scope.canRead(c.partnerId()))
			.map(views::claim).toList();
	}

	@Transactional(readOnly = true)
	public ProofDownload download(UUID claimId, UUID fileId) {
		readable(claimId);
		return proofs.download(claimId, fileId).orElseThrow(() -> RecordNotFound.of("ProofFile", fileId));
	}

	private FundClaim readable(UUID claimId) {
		return visibility.readable(TYPE, claimId, claims.findById(claimId), FundClaim::partnerId);
	}

	private FundClaim writable(UUID claimId) {
		return visibility.writable(TYPE, claimId, claims.findById(claimId), FundClaim::partnerId);
	}

	private FundClaim vendorOnly(UUID claimId) {
		FundClaim claim = readable(claimId);
		if (!visibility.scope().vendor()) {
			throw visibility.refuse(TYPE, claimId, "decide");
		}
		return claim;
	}

	private void audit(FundClaim claim, String action, FieldChange.Diff diff) {
		events.publishEvent(new FundChanged(TYPE, claim.id().toString(), claim.partnerId(), action, diff.changes()));
	}
}
