package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.openprm.funds.domain.Fund;
import org.openprm.funds.domain.FundLedger;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.identity.VisibilityScope;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funds and their ledger: the vendor creates funds and adjusts them; everyone reads the balances and
 * ledgers of the funds in their scope. Balances are always derived from the ledger.
 */
@Service
@Transactional
public class FundManagement {

	private final FundBooks books;

	private final FundLedger ledger;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundManagement(FundBooks books, Visibility visibility, CurrentActor actors, ApplicationEventPublisher events,
			Clock clock) {
		this.books = books;
		this.ledger = books.ledger();
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Creates a fund and books its budget as the first allocation (vendor staff only). */
	public FundView create(FundDraft draft) {
		visibility.requireVendor(FundBooks.TYPE, "new");
		Fund fund = books.funds().saveAndFlush(FundRules.fund(draft, actors.get().email(), clock.instant()));
		FundView view = fund.view();
		BigDecimal amount = draft.amount() == null ? BigDecimal.ZERO : Money.of(draft.amount(), view.currency());
		if (amount.signum() > 0) {
			ledger.book(fund.id(), view.partnerId(), EntryType.ALLOCATION, amount, null, null, "Initial budget",
					clock.instant(), actors.get().email());
		}
		audit(view, "created", new FieldChange.Diff().field("name", null, view.name())
			.field("amount", null, amount.toPlainString() + " " + view.currency()).field("target", null, view.target()));
		return view;
	}

	/** Books a manual correction, positive or negative, with its reason; never below what is spent. */
	public LedgerEntry adjust(UUID fundId, UUID partnerId, BigDecimal amount, String reason) {
		visibility.requireVendor(FundBooks.TYPE, fundId);
		FundView fund = books.readable(fundId).view();
		if (amount == null || amount.signum() == 0) {
			throw InvalidInput.of("amount", "must not be zero", "funds.amount.nonZero");
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "is required", "required");
		}
		BigDecimal value = Money.of(amount, fund.currency());
		UUID slice = FundBooks.slice(fund, partnerId);
		if (value.signum() < 0) {
			books.requireAvailable(fund, slice, value.negate());
		}
		LedgerEntry entry = ledger.book(fundId, slice, EntryType.ADJUSTMENT, value, null, null, reason.strip(),
				clock.instant(), actors.get().email());
		audit(fund, "adjusted", new FieldChange.Diff().field("amount", null, value.toPlainString()).field("reason", null, reason));
		return entry;
	}

	@Transactional(readOnly = true)
	public List<FundView> funds() {
		return visibleFunds().map(Fund::view).toList();
	}

	@Transactional(readOnly = true)
	public FundView fund(UUID fundId) {
		return books.readable(fundId).view();
	}

	/**
	 * Balances of the funds in scope. A partner gets its own: its funds and the shared funds it may draw
	 * on (for earmarked funds, its slice). Vendor staff get every fund's totals, or with {@code partnerId}
	 * the balances as that partner sees them.
	 */
	@Transactional(readOnly = true)
	public List<FundBalance> balances(UUID partnerId) {
		VisibilityScope scope = visibility.scope();
		UUID partner = scope.vendor() || partnerId != null && scope.canRead(partnerId) ? partnerId : scope.ownPartnerId();
		List<FundView> funds = visibleFunds().map(Fund::view).filter(f -> partner == null || eligibleOrOwn(f, partner))
			.toList();
		return balancesOf(funds, partner);
	}

	private boolean eligibleOrOwn(FundView fund, UUID partner) {
		return partner != null && (partner.equals(fund.partnerId()) || fund.partnerId() == null && books.eligible(fund, partner));
	}

	private List<FundBalance> balancesOf(List<FundView> funds, UUID partner) {
		List<FundView> pooled = funds.stream().filter(f -> FundBooks.slice(f, partner) == null).toList();
		List<FundView> earmarked = funds.stream().filter(f -> FundBooks.slice(f, partner) != null).toList();
		Map<UUID, Map<EntryType, BigDecimal>> pooledSums = ledger.sums(pooled.stream().map(FundView::id).toList(), null);
		Map<UUID, Map<EntryType, BigDecimal>> earmarkedSums = ledger.sums(earmarked.stream().map(FundView::id).toList(), partner);
		List<FundBalance> balances = new ArrayList<>();
		for (FundView fund : funds) {
			boolean slice = FundBooks.slice(fund, partner) != null;
			Map<EntryType, BigDecimal> sums = (slice ? earmarkedSums : pooledSums).getOrDefault(fund.id(), Map.of());
			balances.add(FundBalance.of(fund, slice ? partner : null, sums, books.today()));
		}
		return balances;
	}

	/** The fund's ledger, newest first; a partner sees the entries of its own slice and the fund's budget entries. */
	@Transactional(readOnly = true)
	public List<LedgerEntry> ledger(UUID fundId) {
		FundView fund = books.readable(fundId).view();
		List<LedgerEntry> entries = ledger.entries(fundId, null, 10_000);
		VisibilityScope scope = visibility.scope();
		if (scope.vendor()) {
			return entries;
		}
		// Other partners' movements in a shared fund are theirs: a partner sees its own and the budget.
		return entries.stream().filter(e -> e.partnerId() == null ? e.requestId() == null : scope.canRead(e.partnerId()))
			.filter(e -> e.partnerId() != null || !fund.earmarked()).toList();
	}

	private Stream<Fund> visibleFunds() {
		VisibilityScope scope = visibility.scope();
		if (scope.vendor()) {
			return books.funds().listed().stream();
		}
		return books.funds().ofPartnersOrShared(scope.readablePartnerIds()).stream()
			.filter(f -> f.partnerId() != null || books.owner(f) != null);
	}

	private void audit(FundView fund, String action, FieldChange.Diff diff) {
		events.publishEvent(new FundChanged(FundBooks.TYPE, fund.id().toString(), fund.partnerId(), action, diff.changes()));
	}

	Instant now() {
		return clock.instant();
	}

	Actor actor() {
		return actors.get();
	}
}
