package org.openprm.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.funds.domain.FundClaimRepository;
import org.openprm.funds.domain.FundRequestRepository;
import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor's fund dashboard, computed from the ledger, the requests and the claims. */
@Service
@Transactional(readOnly = true)
public class FundInsights {

	private final FundManagement funds;

	private final FundRequestRepository requests;

	private final FundClaimRepository claims;

	private final PartnerManagement partners;

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final Clock clock;

	FundInsights(FundManagement funds, FundRequestRepository requests, FundClaimRepository claims,
			PartnerManagement partners, JdbcClient jdbc, Visibility visibility, Clock clock) {
		this.funds = funds;
		this.requests = requests;
		this.claims = claims;
		this.partners = partners;
		this.jdbc = jdbc;
		this.visibility = visibility;
		this.clock = clock;
	}

	public FundDashboard dashboard() {
		visibility.requireVendor("FundDashboard", "all");
		List<FundBalance> balances = funds.balances(null);
		List<FundDashboard.Utilisation> utilisation = balances.stream().map(FundInsights::utilisation).toList();
		List<FundBalance> atRisk = balances.stream().filter(b -> b.expiring().signum() > 0).toList();
		Map<UUID, String> names = new HashMap<>();
		List<FundDashboard.Waiting> waiting = new ArrayList<>();
		requests.listed().stream().filter(r -> r.status().undecided()).forEach(r -> waiting.add(new FundDashboard.Waiting(
				"request", r.id(), r.title(), r.partnerId(), name(names, r.partnerId()), age(r.submittedAt()))));
		claims.listed().stream().filter(c -> c.status() == ClaimStatus.SUBMITTED).forEach(c -> waiting.add(
				new FundDashboard.Waiting("claim", c.requestId(), c.invoiceNumber(), c.partnerId(), name(names, c.partnerId()),
						age(c.submittedAt()))));
		waiting.sort((a, b) -> Long.compare(b.ageDays(), a.ageDays()));
		return new FundDashboard(utilisation, partnerUse(names), atRisk, waiting, averageDaysToPayment());
	}

	private static FundDashboard.Utilisation utilisation(FundBalance b) {
		BigDecimal used = b.reserved().add(b.claimed()).add(b.paid());
		int percent = b.allocated().signum() <= 0 ? 0
				: used.multiply(BigDecimal.valueOf(100)).divide(b.allocated(), 0, RoundingMode.HALF_UP).intValue();
		return new FundDashboard.Utilisation(b.fundId(), b.fundName(), b.currency(), b.allocated(), used, percent);
	}

	private List<FundDashboard.PartnerUse> partnerUse(Map<UUID, String> names) {
		return jdbc.sql("SELECT l.partner_id, f.currency, "
				+ "SUM(CASE WHEN l.entry_type = 'RESERVATION' THEN l.amount WHEN l.entry_type = 'RELEASE' THEN -l.amount ELSE 0 END), "
				+ "SUM(CASE WHEN l.entry_type = 'PAYMENT' THEN l.amount ELSE 0 END) "
				+ "FROM fund_ledger l JOIN funds f ON f.id = l.fund_id WHERE l.partner_id IS NOT NULL "
				+ "GROUP BY l.partner_id, f.currency ORDER BY l.partner_id")
			.query((row, n) -> {
				UUID partner = row.getObject(1, UUID.class);
				return new FundDashboard.PartnerUse(partner, name(names, partner), row.getString(2), row.getBigDecimal(3),
						row.getBigDecimal(4));
			}).list().stream().filter(u -> u.used().signum() != 0 || u.paid().signum() != 0).toList();
	}

	private BigDecimal averageDaysToPayment() {
		List<Long> hours = claims.findByStatusOrderByDecidedAt(ClaimStatus.PAID).stream()
			.map(c -> Duration.between(c.submittedAt(), c.paidAt()).toHours()).toList();
		if (hours.isEmpty()) {
			return null;
		}
		double days = hours.stream().mapToLong(Long::longValue).average().orElse(0) / 24.0;
		return BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP);
	}

	private String name(Map<UUID, String> names, UUID partnerId) {
		return names.computeIfAbsent(partnerId, id -> partners.partner(id).name());
	}

	private long age(java.time.Instant since) {
		return Duration.between(since, clock.instant()).toDays();
	}
}
