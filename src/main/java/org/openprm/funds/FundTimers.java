package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openprm.cluster.ClusterJobs;
import org.openprm.funds.domain.Fund;
import org.openprm.funds.domain.FundClaimRepository;
import org.openprm.funds.domain.FundLedger;
import org.openprm.funds.domain.FundRepository;
import org.openprm.funds.domain.FundRequest;
import org.openprm.funds.domain.FundRequestRepository;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fund rules that run on time: reminders 30 and 7 days before a fund's period ends, expiry of the
 * unused budget at period end (carried over into a new fund of the next period when the fund says so),
 * and release of reservations whose claim deadline passed. Each fund and request is handled in its own
 * transaction under the fund's lock, and each step marks what it did, so a rerun books nothing twice.
 */
@Component
public class FundTimers {

	static final String SYSTEM = "system";

	private final FundRepository funds;

	private final FundRequestRepository requests;

	private final FundClaimRepository claims;

	private final FundLedger ledger;

	private final FundReminders reminders;

	private final TransactionTemplate transaction;

	private final ClusterJobs jobs;

	private final Clock clock;

	private final Duration interval;

	FundTimers(FundBooks books, FundRequestRepository requests, FundClaimRepository claims, FundReminders reminders,
			TransactionTemplate transaction, ClusterJobs jobs, Clock clock,
			@Value("${prm.funds.timer-interval:1h}") Duration interval) {
		this.funds = books.funds();
		this.ledger = books.ledger();
		this.requests = requests;
		this.claims = claims;
		this.reminders = reminders;
		this.transaction = transaction;
		this.jobs = jobs;
		this.clock = clock;
		this.interval = interval;
	}

	@Scheduled(fixedDelayString = "${prm.funds.timer-interval:1h}", initialDelayString = "${prm.jobs.initial-delay:1m}")
	void tick() {
		jobs.runOncePerPeriod("fund-timers", interval, () -> runAt(clock.instant()));
	}

	/** Everything due at {@code now}; tests call it with a time of their choosing. */
	public void runAt(Instant now) {
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		CurrentActor.runAsSystem(() -> {
			for (UUID id : requests.pastClaimDeadline(today).stream().map(FundRequest::id).toList()) {
				inTransaction(() -> requests.findById(id).ifPresent(r -> release(r, now)));
			}
			for (UUID id : funds.endingBy(today.plusDays(FundBalance.EXPIRING_DAYS)).stream().map(Fund::id).toList()) {
				inTransaction(() -> funds.findById(id).ifPresent(f -> due(f, today, now)));
			}
			return null;
		});
	}

	private void due(Fund fund, LocalDate today, Instant now) {
		FundView view = fund.view();
		if (view.periodEnd().isBefore(today)) {
			expire(fund, now);
			return;
		}
		long daysLeft = ChronoUnit.DAYS.between(today, view.periodEnd());
		int level = daysLeft <= 7 ? 7 : 30;
		if (!fund.reminded(level)) {
			fund.remind(level);
			reminders.remind(view, daysLeft, available(view));
		}
	}

	/** Books the unused budget of every slice as expired, or carries it over into the next period. */
	private void expire(Fund fund, Instant now) {
		FundView view = fund.view();
		ledger.lock(view.id());
		Fund next = null;
		for (UUID slice : slices(view)) {
			BigDecimal left = FundBalance.of(view, slice, ledger.sums(view.id(), slice), LocalDate.MIN).available();
			if (left.signum() <= 0) {
				continue;
			}
			ledger.book(view.id(), slice, EntryType.EXPIRY, left, null, null, "Period ended " + view.periodEnd(), now, SYSTEM);
			if (view.carryOver()) {
				next = next != null ? next : funds.saveAndFlush(nextPeriod(fund, now));
				ledger.book(next.id(), slice != null ? slice : view.partnerId(), EntryType.ALLOCATION, left, null, null,
						"Carried over from " + view.name(), now, SYSTEM);
			}
		}
		fund.expire();
	}

	private Fund nextPeriod(Fund fund, Instant now) {
		FundView view = fund.view();
		long days = ChronoUnit.DAYS.between(view.periodStart(), view.periodEnd());
		LocalDate start = view.periodEnd().plusDays(1);
		Fund next = new Fund(view.name() + " (carried over)", start, start.plusDays(days), view.currency(), view.target(),
				fund.targetId(), view.accrualPercent(), false, view.id(), now, SYSTEM);
		return view.target() == FundTarget.REGION ? next.forRegion(view.region()) : next;
	}

	/** After the claim deadline, what a request still holds goes back to the fund (or lapses, if the fund expired). */
	private void release(FundRequest request, Instant now) {
		boolean underReview = claims.findByRequestId(request.id()).stream().anyMatch(c -> c.status() == ClaimStatus.SUBMITTED);
		if (underReview || request.status() != FundRequestStatus.APPROVED) {
			return;
		}
		ledger.lock(request.fundId());
		BigDecimal held = ledger.heldFor(request.id());
		if (held.signum() > 0) {
			ledger.book(request.fundId(), request.partnerId(), EntryType.RELEASE, held, request.id(), null,
					"Claim deadline " + request.claimDeadline() + " passed", now, SYSTEM);
			boolean expired = funds.findById(request.fundId()).map(f -> f.view().expired()).orElse(false);
			if (expired) {
				ledger.book(request.fundId(), request.partnerId(), EntryType.EXPIRY, held, request.id(), null,
						"Released after the fund's period ended", now, SYSTEM);
			}
		}
		request.close();
	}

	private List<UUID> slices(FundView fund) {
		List<UUID> slices = new ArrayList<>();
		if (fund.earmarked()) {
			slices.addAll(ledger.partnersOf(fund.id()));
		}
		else {
			slices.add(null);
		}
		return slices;
	}

	private BigDecimal available(FundView fund) {
		return slices(fund).stream().map(s -> FundBalance.of(fund, s, ledger.sums(fund.id(), s), LocalDate.MIN).available())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void inTransaction(Runnable step) {
		try {
			transaction.executeWithoutResult(status -> step.run());
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			// Changed at the same moment (another node, a user): the next run looks again.
		}
	}
}
