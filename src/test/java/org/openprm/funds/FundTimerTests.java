package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.openprm.deals.DealWon;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** Reminders, expiry, carry-over and release of reservations, run at chosen times; accruals from won deals. */
class FundTimerTests extends FundTestSupport {

	@Autowired
	FundTimers timers;

	@Autowired
	FundAccruals accruals;

	@Test
	void thePartnerIsRemindedThirtyAndSevenDaysBeforeItsFundExpiresAndTheRestLapsesAtPeriodEnd() {
		LocalDate end = LocalDate.now().plusDays(200);
		String fundId = fundFor(partnerId("Northwind Systems"), "1000");
		String name = get("/api/v1/funds/" + fundId, tokenFor(ADMIN)).json().get("name").asString();

		timers.runAt(at(end.minusDays(29)));
		assertThat(TestMailServer.awaitAnyMailTo(ALICE, body -> body.contains("The fund " + name + " still has 1000.00 EUR")))
			.isNotNull();
		timers.runAt(at(end.minusDays(6)));
		timers.runAt(at(end.plusDays(1)));
		timers.runAt(at(end.plusDays(2)));

		JsonNode balance = balance(tokenFor(ADMIN), fundId, null);
		assertThat(money(balance, "available")).isEqualByComparingTo("0");
		List<String> types = get("/api/v1/funds/" + fundId + "/ledger", tokenFor(ADMIN)).json().valueStream()
			.map(e -> e.get("type").asString()).toList();
		assertThat(types).containsExactlyInAnyOrder("ALLOCATION", "EXPIRY");
		assertThat(get("/api/v1/funds/" + fundId, tokenFor(ADMIN)).json().get("expired").asBoolean()).isTrue();
	}

	@Test
	void aFundWithCarryOverHandsItsUnusedMoneyToTheNextPeriod() {
		Map<String, Object> body = fundBody(unique("Carry"), "800");
		body.put("partnerId", partnerId("Northwind Systems"));
		body.put("carryOver", true);
		String fundId = post("/api/v1/funds", tokenFor(ADMIN), body).json().get("id").asString();

		timers.runAt(at(LocalDate.now().plusDays(202)));

		JsonNode next = get("/api/v1/funds", tokenFor(ALICE)).json().valueStream()
			.filter(f -> fundId.equals(f.path("carriedFrom").asString(null))).findFirst().orElseThrow();
		assertThat(money(balance(tokenFor(ALICE), next.get("id").asString(), null), "available")).isEqualByComparingTo("800");
		assertThat(money(balance(tokenFor(ADMIN), fundId, null), "available")).isEqualByComparingTo("0");
	}

	@Test
	void aReservationNobodyClaimedByTheDeadlineGoesBackToTheFund() {
		String fundId = fundFor(partnerId("Northwind Systems"), "1000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "400");
		approve(requestId, null, tokenFor(ADMIN));

		timers.runAt(at(LocalDate.now().plusDays(10 + 61)));

		assertThat(money(balance(tokenFor(ALICE), fundId, null), "available")).isEqualByComparingTo("1000");
		assertThat(get("/api/v1/fund-requests/" + requestId, tokenFor(ALICE)).json().get("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	void anAccrualFundEarnsItsPercentageOfAPartnersWonDealsForThatPartnerOnly() {
		Map<String, Object> body = fundBody(unique("Co-op"), "0");
		body.put("accrualPercent", 2);
		Response created = post("/api/v1/funds", tokenFor(ADMIN), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String fundId = created.json().get("id").asString();
		UUID northwind = UUID.fromString(partnerId("Northwind Systems"));

		CurrentActor.runAsSystem(() -> {
			accruals.on(new DealWon(UUID.randomUUID(), northwind, null, List.of(), "Customer", "US", new BigDecimal("50000"),
					"EUR", Instant.now(), Instant.now()));
			return null;
		});
		Response imported = post("/api/v1/funds/" + fundId + "/sales", tokenFor(ADMIN), Map.of("partnerId",
				partnerId("Contoso Networks"), "amount", 10000, "reference", "Q3 sales"));

		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(money(balance(tokenFor(ALICE), fundId, null), "available")).isEqualByComparingTo("1000");
		assertThat(money(balance(tokenFor(BOB), fundId, null), "available")).isEqualByComparingTo("200");
		String request = requestOf(tokenFor(BOB), fundId, "300");
		assertThat(approve(request, null, tokenFor(ADMIN)).status()).as("more than Contoso earned").isEqualTo(409);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
	}
}
