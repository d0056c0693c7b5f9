package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The weighted forecast computed for a known set of deals of one partner: stage probabilities, won
 * deals at 100 %, ended deals and drafts left out, currencies never added up.
 */
class DealForecastTests extends DealTestSupport {

	private static final int YEAR = LocalDate.now().getYear() + 1;

	private String partner;

	private String firewall;

	private String router;

	@BeforeEach
	void aPartnerWithAKnownPipeline() {
		partner = newPartner(unique("Forecast Partner"));
		firewall = unique("FW");
		router = unique("RT");
		deal("PROPOSAL", 1000, "EUR", "01-15", "DE", line(firewall, "Firewall", 2, 500));
		deal("NEGOTIATION", 2000, "EUR", "01-20", "FR", line(router, "Router", 1, 2000));
		deal("COMMIT", 500, "USD", "02-10", "DE", line(firewall, "Firewall", 1, 500));
		deal("QUALIFICATION", 3000, "EUR", "04-05", "DE", line(router, "Router", 3, 1000));
		String won = deal("PROPOSAL", 4000, "EUR", "02-01", "DE", line(firewall, "Firewall", 4, 1000));
		decide(won, "approve", Map.of());
		decide(won, "won", Map.of());
		String lost = deal("NEGOTIATION", 9999, "EUR", "01-25", "DE", line(router, "Router", 1, 9999));
		decide(lost, "approve", Map.of());
		decide(lost, "lost", Map.of("reason", "went with a competitor"));
		Map<String, Object> draft = body("PROPOSAL", 7777, "EUR", "01-10", "DE", line(router, "Router", 1, 7777));
		draft.put("draft", true);
		registered(tokenFor(ADMIN), draft);
	}

	@Test
	void weighsOpenDealsByStageAndWonDealsInFullPerMonthAndCurrency() {
		JsonNode forecast = forecast("period=month&by=none");

		assertThat(rows(forecast.get("rows"))).containsExactly(
				YEAR + "-01 | null | EUR | 2 | 3000 | 2000",
				YEAR + "-02 | null | EUR | 1 | 4000 | 4000",
				YEAR + "-02 | null | USD | 1 | 500 | 450",
				YEAR + "-04 | null | EUR | 1 | 3000 | 300");
		assertThat(rows(forecast.get("totals"))).containsExactly("null | null | EUR | 4 | 10000 | 6300",
				"null | null | USD | 1 | 500 | 450");
		assertThat(forecast.get("probabilities").get("NEGOTIATION").decimalValue()).isEqualByComparingTo("0.75");
	}

	@Test
	void sumsQuartersByCustomerCountry() {
		assertThat(rows(forecast("period=quarter&by=country").get("rows"))).containsExactly(
				YEAR + "-Q1 | DE | EUR | 2 | 5000 | 4500",
				YEAR + "-Q1 | DE | USD | 1 | 500 | 450",
				YEAR + "-Q1 | FR | EUR | 1 | 2000 | 1500",
				YEAR + "-Q2 | DE | EUR | 1 | 3000 | 300");
	}

	@Test
	void splitsDealsByTheProductsOfTheirLines() {
		assertThat(rows(forecast("period=quarter&by=product").get("rows"))).containsExactly(
				YEAR + "-Q1 | Firewall | EUR | 2 | 5000 | 4500",
				YEAR + "-Q1 | Firewall | USD | 1 | 500 | 450",
				YEAR + "-Q1 | Router | EUR | 1 | 2000 | 1500",
				YEAR + "-Q2 | Router | EUR | 1 | 3000 | 300");
	}

	@Test
	void namesThePartnerOfEachGroup() {
		JsonNode rows = forecast("period=quarter&by=partner").get("rows");

		assertThat(rows).hasSize(3);
		rows.forEach(row -> assertThat(row.get("key").asString()).isEqualTo(partner));
		assertThat(rows.get(0).get("label").asString()).startsWith("Forecast Partner");
	}

	@Test
	void unknownPeriodsAndDimensionsAreFieldErrors() {
		Response refused = get(DEALS + "/forecast?period=week&by=colour", tokenFor(ADMIN));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().path("errors").get(0).get("field").asString()).isIn("period", "by");
	}

	private JsonNode forecast(String query) {
		Response response = get(DEALS + "/forecast?" + query + "&partnerId=" + partner, tokenFor(ADMIN));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> rows(JsonNode rows) {
		List<String> flat = new ArrayList<>();
		rows.forEach(row -> flat.add(String.join(" | ", text(row.get("period")), text(row.get("label")),
				row.get("currency").asString(), row.get("deals").asString(),
				row.get("amount").decimalValue().stripTrailingZeros().toPlainString(),
				row.get("weighted").decimalValue().stripTrailingZeros().toPlainString())));
		return flat;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? "null" : node.asString();
	}

	private String deal(String stage, int amount, String currency, String monthDay, String country,
			Map<String, Object> line) {
		return registered(tokenFor(ADMIN), body(stage, amount, currency, monthDay, country, line));
	}

	private Map<String, Object> body(String stage, int amount, String currency, String monthDay, String country,
			Map<String, Object> line) {
		Map<String, Object> customer = customer(companyName("Forecast"));
		customer.put("country", country);
		Map<String, Object> body = registration(customer);
		body.put("partnerId", partner);
		body.put("stage", stage);
		body.put("amount", amount);
		body.put("currency", currency);
		body.put("expectedCloseDate", YEAR + "-" + monthDay);
		body.put("lines", List.of(line));
		return body;
	}

	private static Map<String, Object> line(String code, String name, int quantity, int unitPrice) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("productCode", code);
		line.put("productName", name);
		line.put("quantity", quantity);
		line.put("unitPrice", unitPrice);
		return line;
	}

	private void decide(String id, String action, Map<String, Object> body) {
		Response decided = post(DEALS + "/" + id + "/" + action, tokenFor(ADMIN), body);
		assertThat(decided.status()).as(action + ": " + decided.body()).isEqualTo(200);
	}
}
