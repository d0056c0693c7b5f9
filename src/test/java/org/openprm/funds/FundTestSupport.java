package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.openprm.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Funds API tests: helpers for funds, requests and claims, and the ledger invariants after every test. */
abstract class FundTestSupport extends ApiTestSupport {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void ledgerInvariantsHold() {
		LedgerInvariants.check(jdbc);
	}

	/** A file part of a multipart body. */
	record Part(String fileName, String type, byte[] content) {
	}

	String fundFor(String partnerId, String amount) {
		Map<String, Object> body = fundBody(unique("MDF"), amount);
		body.put("partnerId", partnerId);
		Response created = post("/api/v1/funds", tokenFor(ADMIN), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static Map<String, Object> fundBody(String name, String amount) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("periodStart", LocalDate.now().minusDays(100).toString());
		body.put("periodEnd", LocalDate.now().plusDays(200).toString());
		body.put("currency", "EUR");
		body.put("amount", new BigDecimal(amount));
		return body;
	}

	static Map<String, Object> requestBody(String fundId, String amount) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fundId", fundId);
		body.put("activityType", "Webinar");
		body.put("theme", "Security");
		body.put("title", unique("Security webinar"));
		body.put("description", "A webinar for SMB customers");
		body.put("startsOn", LocalDate.now().plusDays(10).toString());
		body.put("endsOn", LocalDate.now().plusDays(10).toString());
		body.put("requestedAmount", new BigDecimal(amount));
		body.put("costSharePercent", 50);
		body.put("expectedLeads", 20);
		body.put("expectedPipeline", 50000);
		body.put("campaignCode", unique("CMP"));
		return body;
	}

	String requestOf(String token, String fundId, String amount) {
		Response created = post("/api/v1/fund-requests", token, requestBody(fundId, amount));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	Response approve(String requestId, String amount, String token) {
		return post("/api/v1/fund-requests/" + requestId + "/approve", token,
				amount == null ? Map.of() : Map.of("approvedAmount", new BigDecimal(amount)));
	}

	Response claim(String token, String requestId, Map<String, String> fields, List<Part> files) {
		return multipart("/api/v1/fund-requests/" + requestId + "/claims", token, fields, files);
	}

	Response multipart(String path, String token, Map<String, String> fields, List<Part> files) {
		String boundary = "----funds" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		for (Part file : files) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
					+ file.fileName() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(file.content());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return sendBytes(path, token, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
	}

	/** A POST with a binary body (files with bytes that are no UTF-8). */
	Response sendBytes(String path, String token, byte[] body, String contentType) {
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType)
			.header("Authorization", "Bearer " + token).build();
		try {
			var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body(), json);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The balance of one fund as the token's holder sees it (partnerId filter for vendor staff). */
	JsonNode balance(String token, String fundId, String partnerId) {
		Response balances = get("/api/v1/funds/balances" + (partnerId == null ? "" : "?partnerId=" + partnerId), token);
		assertThat(balances.status()).as(balances.body()).isEqualTo(200);
		for (JsonNode balance : balances.json()) {
			if (balance.get("fundId").asString().equals(fundId)) {
				return balance;
			}
		}
		return null;
	}

	static BigDecimal money(JsonNode node, String field) {
		return node.get(field).decimalValue();
	}
}
