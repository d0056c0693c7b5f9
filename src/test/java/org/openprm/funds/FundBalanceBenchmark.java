package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The funds ledger benchmark (issue 7): a partner with 10,000 ledger entries in 10 funds asks for its
 * balances through the API; the median must stay within 50 ms. Not part of the suite (no Tests suffix):
 * run it with scripts/bench-funds.sh [h2|postgres], which also runs the 200 simultaneous approvals.
 */
class FundBalanceBenchmark extends FundTestSupport {

	private static final int FUNDS = 10;

	private static final int ENTRIES = 10_000;

	@Test
	void balancesOfAPartnerWithTenThousandLedgerEntriesLoadWithinFiftyMilliseconds() throws IOException {
		String partnerId = newPartner(unique("Fund bench"));
		Person admin = newPerson(partnerId, "PARTNER_ADMIN");
		String token = newToken(admin);
		List<Object[]> rows = new ArrayList<>();
		Timestamp at = Timestamp.from(Instant.now());
		for (int f = 0; f < FUNDS; f++) {
			UUID fund = UUID.fromString(fundFor(partnerId, "1000000"));
			String[] cycle = { "RESERVATION", "CLAIM_APPROVAL", "PAYMENT" };
			for (int e = 1; e < ENTRIES / FUNDS; e++) {
				rows.add(new Object[] { UUID.randomUUID(), fund, UUID.fromString(partnerId), cycle[(e - 1) % 3], 10, at, "bench" });
			}
		}
		jdbc.sql("SELECT 1").query(Integer.class).single();
		var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		template.batchUpdate("INSERT INTO fund_ledger (id, fund_id, partner_id, entry_type, amount, booked_at, booked_by) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
		long entries = jdbc.sql("SELECT COUNT(*) FROM fund_ledger WHERE partner_id = ?").param(UUID.fromString(partnerId))
			.query(Long.class).single();
		assertThat(entries).isGreaterThanOrEqualTo(ENTRIES);

		for (int i = 0; i < 100; i++) {
			assertThat(get("/api/v1/funds/balances", token).status()).isEqualTo(200);
		}
		long[] millis = new long[300];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			Response response = get("/api/v1/funds/balances", token);
			millis[i] = (System.nanoTime() - start) / 1_000;
			assertThat(response.json().size()).isGreaterThanOrEqualTo(FUNDS);
		}
		Arrays.sort(millis);
		String result = String.format("database=%s entries=%d funds=%d requests=%d median=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
				databaseUrl.replaceAll(";.*", ""), entries, FUNDS, millis.length, millis[millis.length / 2] / 1000.0,
				millis[(int) (millis.length * 0.95)] / 1000.0, millis[(int) (millis.length * 0.99)] / 1000.0,
				millis[millis.length - 1] / 1000.0);
		System.out.print("FUNDS BENCHMARK " + result);
		Files.createDirectories(Path.of("target", "bench-funds"));
		Files.writeString(Path.of("target", "bench-funds", "balances.txt"), result);
		assertThat(millis[millis.length / 2] / 1000.0).as("median milliseconds").isLessThanOrEqualTo(50.0);
	}

	@org.springframework.beans.factory.annotation.Autowired
	javax.sql.DataSource dataSource;

	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	String databaseUrl;
}
