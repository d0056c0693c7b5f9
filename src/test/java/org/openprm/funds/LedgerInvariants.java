package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What must hold for every fund after every test: no negative balance (of the fund, and of each partner's
 * slice of an earmarked fund), no request holding less than nothing, every approved and paid claim booked
 * exactly once with its amount, and only adjustments carrying a sign.
 */
final class LedgerInvariants {

	private LedgerInvariants() {
	}

	static void check(JdbcClient jdbc) {
		List<String> broken = new ArrayList<>();
		jdbc.sql("SELECT id, entry_type, amount FROM fund_ledger WHERE entry_type <> 'ADJUSTMENT' AND amount <= 0")
			.query((row, n) -> broken.add("entry " + row.getString(1) + " " + row.getString(2) + " " + row.getBigDecimal(3)))
			.list();
		for (UUID fund : jdbc.sql("SELECT id FROM funds").query(UUID.class).list()) {
			slice(jdbc, fund, null, broken);
			for (UUID partner : jdbc.sql("SELECT DISTINCT l.partner_id FROM fund_ledger l JOIN funds f ON f.id = l.fund_id "
					+ "WHERE l.fund_id = ? AND l.partner_id IS NOT NULL AND f.accrual_percent IS NOT NULL")
				.param(fund).query(UUID.class).list()) {
				slice(jdbc, fund, partner, broken);
			}
		}
		jdbc.sql("SELECT request_id, SUM(CASE WHEN entry_type = 'RESERVATION' THEN amount ELSE -amount END) FROM fund_ledger "
				+ "WHERE request_id IS NOT NULL AND entry_type IN ('RESERVATION', 'RELEASE', 'CLAIM_APPROVAL') GROUP BY request_id")
			.query((row, n) -> {
				if (row.getBigDecimal(2).signum() < 0) {
					broken.add("request " + row.getString(1) + " holds " + row.getBigDecimal(2));
				}
				return null;
			}).list();
		jdbc.sql("SELECT c.id, c.status, c.fund_amount, "
				+ "(SELECT COALESCE(SUM(amount), 0) FROM fund_ledger l WHERE l.claim_id = c.id AND l.entry_type = 'CLAIM_APPROVAL'), "
				+ "(SELECT COALESCE(SUM(amount), 0) FROM fund_ledger l WHERE l.claim_id = c.id AND l.entry_type = 'PAYMENT') "
				+ "FROM fund_claims c").query((row, n) -> {
					String status = row.getString(2);
					BigDecimal booked = row.getBigDecimal(4);
					BigDecimal paid = row.getBigDecimal(5);
					boolean approved = status.equals("APPROVED") || status.equals("PAID");
					BigDecimal expected = approved ? row.getBigDecimal(3) : BigDecimal.ZERO;
					if (booked.compareTo(expected) != 0 || paid.compareTo(status.equals("PAID") ? expected : BigDecimal.ZERO) != 0) {
						broken.add("claim " + row.getString(1) + " " + status + " booked " + booked + " paid " + paid);
					}
					return null;
				}).list();
		assertThat(broken).as("ledger invariants").isEmpty();
	}

	private static void slice(JdbcClient jdbc, UUID fund, UUID partner, List<String> broken) {
		Map<EntryType, BigDecimal> sums = new EnumMap<>(EntryType.class);
		var statement = jdbc.sql("SELECT entry_type, SUM(amount) FROM fund_ledger WHERE fund_id = ?"
				+ (partner == null ? "" : " AND partner_id = ?") + " GROUP BY entry_type").param(fund);
		if (partner != null) {
			statement = statement.param(partner);
		}
		statement.query((row, n) -> sums.put(EntryType.valueOf(row.getString(1)), row.getBigDecimal(2))).list();
		FundView view = new FundView(fund, "fund", LocalDate.MIN, LocalDate.MAX, "EUR", FundTarget.POOL, null, null, null,
				null, null, false, null, false);
		FundBalance balance = FundBalance.of(view, partner, sums, LocalDate.now());
		for (BigDecimal value : List.of(balance.allocated(), balance.reserved(), balance.claimed(), balance.paid(),
				balance.available())) {
			if (value.signum() < 0) {
				broken.add("fund " + fund + (partner == null ? "" : " partner " + partner) + " has a negative balance: " + balance);
				return;
			}
		}
	}
}
