package org.openprm.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.openprm.deals.DealWon;
import org.openprm.funds.domain.Fund;
import org.openprm.funds.domain.FundLedger;
import org.openprm.funds.domain.FundRepository;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accruals: funds with an accrual percentage earn that share of an eligible partner's won deals (from the
 * deals module's {@link DealWon} event) or of sales the vendor imports, earmarked for that partner.
 */
@Service
@Transactional
public class FundAccruals {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FundAccruals.class);

	private final FundRepository funds;

	private final FundLedger ledger;

	private final FundBooks books;

	private final ExchangeRates rates;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundAccruals(FundBooks books, ExchangeRates rates, Visibility visibility, CurrentActor actors,
			ApplicationEventPublisher events, Clock clock) {
		this.funds = books.funds();
		this.ledger = books.ledger();
		this.books = books;
		this.rates = rates;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Every open accrual fund the winning partner may draw on earns its percentage of the deal. */
	@ApplicationModuleListener
	void on(DealWon event) {
		CurrentActor.runAsSystem(() -> {
			LocalDate day = event.wonAt().atZone(ZoneOffset.UTC).toLocalDate();
			for (Fund fund : funds.accruingOn(day)) {
				FundView view = fund.view();
				if (event.amount() != null && books.eligible(view, event.partnerId())) {
					try {
						accrue(view, event.partnerId(), event.amount(), event.currency(), day, "Won deal " + event.registrationId());
					}
					catch (InvalidInput noRate) {
						// Retrying would fail the same way until a rate exists; the vendor can import the sales instead.
						LOG.warn("Fund {} cannot accrue won deal {}: {}", view.id(), event.registrationId(), noRate.getMessage());
					}
				}
			}
			return null;
		});
	}

	/** Imported sales of a partner (vendor staff): the fund earns its percentage of them. */
	public LedgerEntry importSales(UUID fundId, UUID partnerId, BigDecimal amount, String currency, String reference) {
		visibility.requireVendor(FundBooks.TYPE, fundId);
		FundView fund = books.readable(fundId).view();
		if (!fund.earmarked()) {
			throw InvalidInput.of("fundId", "is not an accrual fund", "funds.accrual.none");
		}
		if (partnerId == null || !books.eligible(fund, partnerId)) {
			throw InvalidInput.of("partnerId", "is not a partner of this fund", "funds.request.notEligible");
		}
		String from = currency == null || currency.isBlank() ? fund.currency() : Money.currency("currency", currency);
		BigDecimal sales = Money.positive("amount", amount, from);
		return accrue(fund, partnerId, sales, from, books.today(),
				"Imported sales" + (reference == null || reference.isBlank() ? "" : " " + reference.strip()));
	}

	private LedgerEntry accrue(FundView fund, UUID partnerId, BigDecimal sales, String currency, LocalDate day,
			String reason) {
		BigDecimal converted = rates.convert("currency", sales, currency, fund.currency(), day).amount();
		BigDecimal earned = Money.of(converted.multiply(fund.accrualPercent()).divide(BigDecimal.valueOf(100), 8,
				RoundingMode.HALF_UP), fund.currency());
		LedgerEntry entry = ledger.book(fund.id(), partnerId, EntryType.ACCRUAL, earned, null, null, reason,
				clock.instant(), actors.get().email());
		events.publishEvent(new FundChanged(FundBooks.TYPE, fund.id().toString(), partnerId, "accrued",
				new FieldChange.Diff().field("accrual", null, earned.toPlainString() + " " + fund.currency()).changes()));
		return entry;
	}
}
