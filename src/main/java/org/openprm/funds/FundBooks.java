package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.openprm.funds.domain.Fund;
import org.openprm.funds.domain.FundEligibility;
import org.openprm.funds.domain.FundLedger;
import org.openprm.funds.domain.FundRepository;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.shared.Conflict;
import org.springframework.stereotype.Component;

/**
 * Shared by the facades: loading a fund through the visibility scope, and spending from it under the
 * fund's row lock so that the available balance never goes negative.
 */
@Component
class FundBooks {

	static final String TYPE = "Fund";

	private final FundRepository funds;

	private final FundLedger ledger;

	private final FundEligibility eligibility;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final Clock clock;

	FundBooks(FundRepository funds, FundLedger ledger, FundEligibility eligibility, Visibility visibility,
			CurrentActor actors, Clock clock) {
		this.funds = funds;
		this.ledger = ledger;
		this.eligibility = eligibility;
		this.visibility = visibility;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * A fund the actor may read: vendor staff any; a partner its own fund and shared funds it is eligible
	 * for. Anything else answers 404 and is audited as denied.
	 */
	Fund readable(UUID fundId) {
		return visibility.readable(TYPE, fundId, funds.findById(fundId), this::owner);
	}

	/** The partner a fund counts as belonging to for the actor: shared funds belong to every eligible partner. */
	UUID owner(Fund fund) {
		if (fund.partnerId() != null) {
			return fund.partnerId();
		}
		UUID own = actors.scope().ownPartnerId();
		return own != null && eligibility.eligible(fund.view(), own) ? own : null;
	}

	boolean eligible(FundView fund, UUID partnerId) {
		return eligibility.eligible(fund, partnerId);
	}

	/** The partner whose slice of the fund counts: earmarked funds keep partners apart, others are one pot. */
	static UUID slice(FundView fund, UUID partnerId) {
		return fund.earmarked() ? partnerId : null;
	}

	FundBalance balance(FundView fund, UUID partnerId) {
		UUID slice = slice(fund, partnerId);
		return FundBalance.of(fund, slice, ledger.sums(fund.id(), slice), today());
	}

	/** Takes the fund's lock, then refuses (409) to spend more than is available to the partner. */
	void requireAvailable(FundView fund, UUID partnerId, BigDecimal amount) {
		ledger.lock(fund.id());
		if (fund.expired()) {
			throw new Conflict("The fund " + fund.name() + " has expired.");
		}
		BigDecimal available = balance(fund, partnerId).available();
		if (available.compareTo(amount) < 0) {
			throw new Conflict("The fund " + fund.name() + " has only " + available.toPlainString() + " " + fund.currency()
					+ " available; " + amount.toPlainString() + " cannot be reserved.");
		}
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	FundLedger ledger() {
		return ledger;
	}

	FundRepository funds() {
		return funds;
	}
}
