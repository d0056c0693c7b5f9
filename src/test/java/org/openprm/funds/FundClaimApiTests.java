package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class FundClaimApiTests extends FundTestSupport {

	@Test
	void aClaimWithProofIsApprovedInPartAndPaidAndTheBalanceFollowsEachStep() {
		String fundId = fundFor(partnerId("Northwind Systems"), "10000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "3000");
		approve(requestId, null, tokenFor(ADMIN));

		Response claimed = claim(tokenFor(ALICE), requestId, Map.of("amount", "2800", "invoiceNumber", unique("INV"),
				"leadsGenerated", "14"), List.of(new Part("invoice.pdf", "application/pdf", PDF),
						new Part("booth.png", "image/png", PNG)));
		assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
		JsonNode claim = claimed.json();
		assertThat(claim.get("files")).hasSize(2);
		assertThat(claim.get("files").valueStream().map(f -> f.get("mediaType").asString()))
			.containsExactlyInAnyOrder("application/pdf", "image/png");
		String claimId = claim.get("id").asString();

		Response approved = post("/api/v1/claims/" + claimId + "/approve", tokenFor(ADMIN), Map.of("approvedAmount", 2500));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		JsonNode afterApproval = balance(tokenFor(ALICE), fundId, null);
		assertThat(money(afterApproval, "claimed")).isEqualByComparingTo("2500");
		assertThat(money(afterApproval, "reserved")).isEqualByComparingTo("500");
		assertThat(money(afterApproval, "available")).isEqualByComparingTo("7000");

		String csv = get("/api/v1/claims/export", tokenFor(ADMIN)).body();
		assertThat(csv).contains(claimId);

		Response paid = post("/api/v1/claims/" + claimId + "/pay", tokenFor(ADMIN), Map.of("reference", "PAY-2026-001"));
		assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
		JsonNode afterPayment = balance(tokenFor(ALICE), fundId, null);
		assertThat(money(afterPayment, "paid")).isEqualByComparingTo("2500");
		assertThat(money(afterPayment, "claimed")).isEqualByComparingTo("0");
		assertThat(get("/api/v1/claims/export", tokenFor(ADMIN)).body()).doesNotContain(claimId);
		assertThat(post("/api/v1/claims/" + claimId + "/pay", tokenFor(ADMIN), Map.of("reference", "again")).status())
			.isEqualTo(409);
	}

	@Test
	void theFileOfAClaimDownloadsAsAnAttachmentForItsPartnerOnly() {
		String requestId = approvedRequest("1000");
		Response claimed = claim(tokenFor(ALICE), requestId, Map.of("amount", "100", "invoiceNumber", unique("INV")),
				List.of(new Part("proof.pdf", "application/pdf", PDF)));
		String claimId = claimed.json().get("id").asString();
		String fileId = claimed.json().get("files").get(0).get("id").asString();

		Response download = get("/api/v1/claims/" + claimId + "/files/" + fileId, tokenFor(ALICE));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Disposition")).startsWith("attachment");
		assertThat(get("/api/v1/claims/" + claimId + "/files/" + fileId, tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(get("/api/v1/claims/" + claimId, tokenFor(BOB)).status()).isEqualTo(404);
	}

	@Test
	void badClaimsAreRefusedWithClearErrorsAndNothingIsRecorded() {
		String requestId = approvedRequest("1000");
		String invoice = unique("INV");
		assertThat(claim(tokenFor(ALICE), requestId, Map.of("amount", "400", "invoiceNumber", invoice),
				List.of(new Part("a.pdf", "application/pdf", PDF))).status()).isEqualTo(201);
		long claims = count("fund_claims");
		long files = count("fund_claim_files");

		assertRefused(requestId, Map.of("amount", "700", "invoiceNumber", unique("INV")), pdf(), "amount");
		assertRefused(requestId, Map.of("amount", "0", "invoiceNumber", unique("INV")), pdf(), "amount");
		assertRefused(requestId, Map.of("amount", "-5", "invoiceNumber", unique("INV")), pdf(), "amount");
		assertRefused(requestId, Map.of("amount", "100", "invoiceNumber", invoice.toLowerCase()), pdf(), "invoiceNumber");
		assertRefused(requestId, Map.of("amount", "100", "invoiceNumber", unique("INV")), List.of(), "files");
		assertRefused(requestId, Map.of("amount", "100", "invoiceNumber", unique("INV")),
				List.of(new Part("invoice.pdf", "application/pdf", PNG)), "files");
		assertRefused(requestId, Map.of("amount", "100", "invoiceNumber", unique("INV")),
				List.of(new Part("tool.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0, 1, 2 })), "files");
		byte[] large = new byte[10 * 1024 * 1024 + 10];
		java.util.Arrays.fill(large, (byte) 'a');
		assertRefused(requestId, Map.of("amount", "100", "invoiceNumber", unique("INV")),
				List.of(new Part("big.txt", "text/plain", large)), "files");

		assertThat(count("fund_claims")).isEqualTo(claims);
		assertThat(count("fund_claim_files")).isEqualTo(files);
	}

	@Test
	void aClaimAfterTheDeadlineIsRefused() {
		String fundId = fundFor(partnerId("Northwind Systems"), "1000");
		Map<String, Object> body = requestBody(fundId, "500");
		body.put("startsOn", LocalDate.now().minusDays(80).toString());
		body.put("endsOn", LocalDate.now().minusDays(61).toString());
		Response created = post("/api/v1/fund-requests", tokenFor(ALICE), body);
		String requestId = created.json().get("id").asString();
		approve(requestId, null, tokenFor(ADMIN));

		assertRefused(requestId, Map.of("amount", "100", "invoiceNumber", unique("INV")), pdf(), "claimDeadline");
	}

	@Test
	void aReturnedClaimIsCorrectedAndADeniedOneCountsNoMore() {
		String requestId = approvedRequest("1000");
		String claimId = claim(tokenFor(ALICE), requestId, Map.of("amount", "900", "invoiceNumber", unique("INV")), pdf())
			.json().get("id").asString();

		Response returned = post("/api/v1/claims/" + claimId + "/return", tokenFor(ADMIN), Map.of("reason", "Invoice unreadable"));
		assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
		assertThat(post("/api/v1/claims/" + claimId + "/approve", tokenFor(ADMIN), Map.of()).status()).isEqualTo(409);
		Response denied = post("/api/v1/claims/" + claimId + "/deny", tokenFor(ADMIN), Map.of("reason", "No proof"));
		assertThat(denied.status()).isEqualTo(409);

		Response again = claim(tokenFor(ALICE), requestId, Map.of("amount", "900", "invoiceNumber", unique("INV")), pdf());
		assertThat(again.status()).as("the returned claim still counts").isEqualTo(400);
	}

	@Test
	void aReturnedClaimIsCorrectedWithAnotherFileAndThenApproved() {
		String requestId = approvedRequest("1000");
		String claimId = claim(tokenFor(ALICE), requestId, Map.of("amount", "900", "invoiceNumber", unique("INV")), pdf())
			.json().get("id").asString();
		post("/api/v1/claims/" + claimId + "/return", tokenFor(ADMIN), Map.of("reason", "Add the attendee list"));
		String boundary = "----fix" + java.util.UUID.randomUUID().toString().replace("-", "");
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"amount\"\r\n\r\n850\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"invoiceNumber\"\r\n\r\n" + unique("INV") + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"attendees.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nname,company\nAnn,Acme\n\r\n--" + boundary + "--\r\n";

		Response resubmitted = sendBytes("/api/v1/claims/" + claimId + "/resubmit", tokenFor(ALICE),
				body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary);

		assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
		assertThat(resubmitted.json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(resubmitted.json().get("files")).hasSize(2);
		assertThat(money(resubmitted.json(), "amount")).isEqualByComparingTo("850");
		assertThat(post("/api/v1/claims/" + claimId + "/approve", tokenFor(ADMIN), Map.of()).status()).isEqualTo(200);
	}

	@Test
	void theFinanceExportComesAsXlsxWithTheApprovedUnpaidClaims() throws Exception {
		String requestId = approvedRequest("1000");
		String claimId = claim(tokenFor(ALICE), requestId, Map.of("amount", "300", "invoiceNumber", unique("INV")), pdf())
			.json().get("id").asString();
		post("/api/v1/claims/" + claimId + "/approve", tokenFor(ADMIN), Map.of());

		var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/claims/export?format=xlsx"))
			.header("Authorization", "Bearer " + tokenFor(ADMIN)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			List<String> ids = workbook.getFirstSheet().read().stream().map(row -> row.getCellText(0)).toList();
			assertThat(ids).contains("claimId", claimId);
		}
		String partnerCsv = get("/api/v1/claims/export", tokenFor(BOB)).body();
		assertThat(partnerCsv).doesNotContain(claimId);
		assertThat(new String(partnerCsv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).startsWith("claimId");
	}

	private String approvedRequest(String amount) {
		String fundId = fundFor(partnerId("Northwind Systems"), "10000");
		String requestId = requestOf(tokenFor(ALICE), fundId, amount);
		assertThat(approve(requestId, null, tokenFor(ADMIN)).status()).isEqualTo(200);
		return requestId;
	}

	private static List<Part> pdf() {
		return List.of(new Part("proof.pdf", "application/pdf", PDF));
	}

	private void assertRefused(String requestId, Map<String, String> fields, List<Part> files, String field) {
		Response refused = claim(tokenFor(ALICE), requestId, fields, files);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).as(refused.body()).isEqualTo(field);
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}
}
