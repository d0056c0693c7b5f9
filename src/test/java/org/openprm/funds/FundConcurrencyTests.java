package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Many vendor approvals against one small fund at the same moment: the fund's row lock lets them book one
 * after the other, so the sum approved never exceeds the fund, on H2 and on PostgreSQL (-Ppostgres runs
 * 200 at once; the embedded database is asked for fewer, its lock wait is short).
 */
class FundConcurrencyTests extends FundTestSupport {

	@Value("${funds.test.concurrent-approvals:#{null}}")
	Integer configured;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Test
	void simultaneousApprovalsNeverOverdrawAFund() throws Exception {
		int approvals = configured != null ? configured : databaseUrl.startsWith("jdbc:postgresql") ? 200 : 60;
		String fundId = fundFor(partnerId("Northwind Systems"), "500");
		String alice = tokenFor(ALICE);
		String admin = tokenFor(ADMIN);
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(approvals, 200));
		try {
			List<Future<String>> created = new ArrayList<>();
			for (int i = 0; i < approvals; i++) {
				created.add(pool.submit(() -> requestOf(alice, fundId, "10")));
			}
			List<String> requestIds = new ArrayList<>();
			for (Future<String> id : created) {
				requestIds.add(id.get());
			}
			CyclicBarrier start = new CyclicBarrier(Math.min(approvals, 200));
			List<Future<Integer>> answers = new ArrayList<>();
			for (String requestId : requestIds) {
				answers.add(pool.submit(() -> {
					start.await();
					return approve(requestId, null, admin).status();
				}));
			}
			int approved = 0;
			for (Future<Integer> answer : answers) {
				int status = answer.get();
				assertThat(status).as("approve answers").isIn(200, 409);
				approved += status == 200 ? 1 : 0;
			}

			BigDecimal reserved = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM fund_ledger WHERE fund_id = ? AND entry_type = 'RESERVATION'")
				.param(java.util.UUID.fromString(fundId)).query(BigDecimal.class).single();
			assertThat(reserved).isEqualByComparingTo(BigDecimal.valueOf(10L * approved));
			assertThat(reserved).isLessThanOrEqualTo(new BigDecimal("500"));
			assertThat(approved).as("approvals that fit").isGreaterThan(0).isLessThanOrEqualTo(50);
			assertThat(money(balance(admin, fundId, null), "available"))
				.isEqualByComparingTo(new BigDecimal("500").subtract(reserved));
		}
		finally {
			pool.shutdownNow();
		}
	}
}
