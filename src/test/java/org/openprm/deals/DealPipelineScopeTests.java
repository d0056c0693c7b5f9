package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The pipeline obeys the one visibility rule: a partner's board, forecast and exports hold its own deals
 * only; exports defuse formulas and count down protection.
 */
class DealPipelineScopeTests extends DealTestSupport {

	@Test
	void aPartnerNeverSeesAnotherPartnersDealsInForecastBoardOrExport() throws IOException {
		String customer = companyName("Contoso Secret");
		registered(tokenFor(BOB), registration(customer(customer)));
		registered(tokenFor(ALICE), registration(customer(companyName("Northwind Own"))));
		String contoso = partnerId("Contoso Networks");
		String byName = "q=" + URLEncoder.encode(customer, StandardCharsets.UTF_8);

		assertThat(forecastDeals(BOB, byName)).isEqualTo(1);
		assertThat(boardCount(BOB, byName)).isEqualTo(1);
		assertThat(customers(csv(BOB, byName))).containsExactly(customer);
		assertThat(xlsx(BOB, byName)).containsExactly(customer);

		assertThat(forecastDeals(ALICE, byName)).isZero();
		assertThat(boardCount(ALICE, byName)).isZero();
		assertThat(customers(csv(ALICE, byName))).isEmpty();
		assertThat(xlsx(ALICE, byName)).isEmpty();
		assertThat(forecastDeals(ALICE, "partnerId=" + contoso)).as("filtering by another partner").isZero();
		assertThat(customers(csv(ALICE, "partnerId=" + contoso))).isEmpty();
		JsonNode byPartner = get(DEALS + "/forecast?by=partner", tokenFor(ALICE)).json().get("rows");
		byPartner.forEach(row -> assertThat(row.get("key").asString()).isEqualTo(partnerId("Northwind Systems")));
		assertThat(customers(csv(ALICE, ""))).isNotEmpty().doesNotContain(customer);
		assertThat(xlsx(ALICE, "")).isNotEmpty().doesNotContain(customer);
	}

	@Test
	void exportsDefuseFormulasInCsvAndKeepThemAsPlainTextInXlsx() throws IOException {
		String name = "=HYPERLINK(\"http://evil.example\",\"" + companyName("Formula") + "\")";
		Map<String, Object> customer = customer(companyName("Formula"));
		customer.put("name", name);
		customer.put("city", "@SUM(1+1)");
		registered(tokenFor(ALICE), registration(customer));
		String byName = "q=" + URLEncoder.encode("evil.example", StandardCharsets.UTF_8);

		CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv(ALICE, byName))).getRecords().get(0);
		assertThat(row.get("customer")).isEqualTo("'" + name);
		assertThat(row.get("city")).isEqualTo("'@SUM(1+1)");

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsxBytes(ALICE, byName)))) {
			Row cells = workbook.getFirstSheet().read().get(1);
			Cell customerCell = cells.getCell(2);
			assertThat(customerCell.getType()).isEqualTo(CellType.STRING);
			assertThat(customerCell.getFormula()).isNull();
			assertThat(customerCell.asString()).isEqualTo(name);
		}
	}

	@Test
	void approvedDealsCountDownTheirProtectionInTheListTheBoardAndTheExport() throws IOException {
		String customer = companyName("Countdown");
		String id = registered(tokenFor(ALICE), registration(customer(customer)));
		assertThat(post(DEALS + "/" + id + "/approve", tokenFor(ADMIN), Map.of("protectionDays", 30)).status()).isEqualTo(200);
		String byName = "q=" + URLEncoder.encode(customer, StandardCharsets.UTF_8);

		assertThat(get(DEALS + "?" + byName, tokenFor(ALICE)).json().get("items").get(0).get("protectionDaysLeft").asInt())
			.isEqualTo(30);
		JsonNode card = get(DEALS + "/board?" + byName, tokenFor(ALICE)).json().get("columns").get(0).get("cards").get(0);
		assertThat(card.get("customerName").asString()).isEqualTo(customer);
		assertThat(card.get("protectionDaysLeft").asInt()).isEqualTo(30);
		assertThat(card.get("weighted").decimalValue()).isEqualByComparingTo("1200");
		CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv(ALICE, byName))).getRecords().get(0);
		assertThat(row.get("protectionDaysLeft")).isEqualTo("30");
		assertThat(row.get("status")).isEqualTo("APPROVED");
	}

	@Test
	void theBoardShowsEveryStageWithCountsPerCurrency() {
		String label = companyName("Board");
		Map<String, Object> dollars = registration(customer(label + " One"));
		dollars.put("currency", "USD");
		dollars.put("stage", "PROPOSAL");
		registered(tokenFor(ALICE), dollars);
		Map<String, Object> euros = registration(customer(label + " Two"));
		euros.put("stage", "PROPOSAL");
		registered(tokenFor(ALICE), euros);

		JsonNode columns = get(DEALS + "/board?cards=1&q=" + URLEncoder.encode(label, StandardCharsets.UTF_8),
				tokenFor(ALICE)).json().get("columns");

		assertThat(columns).hasSize(DealStage.values().length);
		JsonNode proposal = columns.get(DealStage.PROPOSAL.ordinal());
		assertThat(proposal.get("stage").asString()).isEqualTo("PROPOSAL");
		assertThat(proposal.get("count").asInt()).isEqualTo(2);
		assertThat(proposal.get("amounts")).hasSize(2);
		assertThat(proposal.get("cards")).hasSize(1);
		assertThat(columns.get(0).get("count").asInt()).isZero();
	}

	@Test
	void anUnknownExportFormatIsAFieldError() {
		Response refused = get(DEALS + "/export?format=pdf", tokenFor(ALICE));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).get("field").asString()).isEqualTo("format");
	}

	private int forecastDeals(String who, String query) {
		Response response = get(DEALS + "/forecast?" + query, tokenFor(who));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		int deals = 0;
		for (JsonNode total : response.json().get("totals")) {
			deals += total.get("deals").asInt();
		}
		return deals;
	}

	private int boardCount(String who, String query) {
		int count = 0;
		for (JsonNode column : get(DEALS + "/board?" + query, tokenFor(who)).json().get("columns")) {
			count += column.get("count").asInt();
		}
		return count;
	}

	private String csv(String who, String query) {
		Response response = get(DEALS + "/export?format=csv&" + query, tokenFor(who));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/csv");
		return response.body();
	}

	private static List<String> customers(String csv) throws IOException {
		List<String> customers = new ArrayList<>();
		for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv))) {
			customers.add(row.get("customer"));
		}
		return customers;
	}

	private List<String> xlsx(String who, String query) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsxBytes(who, query)))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(2)).isEqualTo("customer");
			return rows.stream().skip(1).map(row -> row.getCellText(2)).toList();
		}
	}

	private byte[] xlsxBytes(String who, String query) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + DEALS + "/export?format=xlsx&" + query))
			.header("Authorization", "Bearer " + tokenFor(who)).GET().build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
