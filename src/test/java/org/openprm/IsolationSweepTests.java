package org.openprm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openprm.OpenApiDocument.Operation;
import org.openprm.notifications.Notice;
import org.openprm.notifications.NotificationManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one rule that must never break, checked against every operation the API documents: a partner
 * admin (and a distributor) acting on another partner's records learns nothing and changes nothing,
 * and gets exactly the answer a record that does not exist would give. New endpoints join the sweep
 * through the OpenAPI document; {@link ApiDocumentationTests} makes sure none is missing from it.
 */
class IsolationSweepTests extends ApiTestSupport {

	private static final int MINIMUM_OPERATIONS = 15;

	/** Whose records are attacked, and what of theirs must never show up in an answer. */
	record Victim(String partnerId, String userId, Set<String> secrets, Set<String> ids, String registrationId,
			String commentId, String attachmentId, String notificationId, String applicationId, String ruleId,
			String acceptanceId, String taskId, Funds funds, String leadId) {
	}

	/** The victim's fund, a fund request against it, a claim on that request and the claim's proof file. */
	record Funds(String fundId, String requestId, String claimId, String fileId) {
	}

	@Autowired
	NotificationManagement notifications;

	@Autowired
	JdbcClient jdbc;

	/** Acting as someone: their token, their e-mail and their own organisation. */
	record Caller(String email, String token, String ownPartnerId) {
	}

	private record Exchange(String method, String path, Response response) {

		String describe() {
			return method + " " + path + " -> " + response.status();
		}
	}

	@Test
	void aPartnerAdminLearnsAndChangesNothingOfAnotherPartnerThroughAnyOperation() {
		sweep(caller(BOB), victim("Northwind Systems"));
	}

	@Test
	void aDistributorLearnsAndChangesNothingOfAnotherDistributorsReseller() {
		String goldenGate = partnerId("Golden Gate Networks");
		post("/api/v1/partners/" + goldenGate + "/users", tokenFor(ADMIN), Map.of("email",
				unique("gg") + "@goldengate.example", "displayName", "Golden Gate Person", "role", "PARTNER_ADMIN"));

		sweep(caller(DANA), victim("Golden Gate Networks"));
	}

	@Test
	void aDistributorLearnsAndChangesNothingOfAnIndependentPartner() {
		sweep(caller(DANA), victim("Northwind Systems"));
	}

	@Test
	void listsSearchesAndExportsShowAPartnerAdminNothingOfAnotherPartner() {
		Caller bob = caller(BOB);
		Victim northwind = victim("Northwind Systems");
		// Make sure the lists have something of Northwind's to leak if the scope were missing.
		get("/api/v1/partners/" + northwind.partnerId(), bob.token());
		List<String> failures = new ArrayList<>();
		List<String> report = new ArrayList<>();

		for (Operation operation : operations()) {
			if (!operation.method().equals("GET") || operation.targetsARecord()) {
				continue;
			}
			for (boolean filterByVictim : new boolean[] { false, true }) {
				String path = withQuery(operation, filterByVictim ? northwind.partnerId() : null);
				Response response = send("GET", path, bob.token(), null, Map.of());
				report.add("GET " + path + " -> " + response.status());
				if (response.status() >= 500) {
					failures.add("GET " + path + " answered " + response.status() + ": " + response.body());
				}
				leaks(ownDeniedAttemptsRemoved(response, bob), path, northwind)
					.forEach(leak -> failures.add("GET " + path + " shows " + leak));
			}
		}

		assertThat(report).as("list operations swept").hasSizeGreaterThanOrEqualTo(4);
		assertThat(failures).as("Report:%n%s", String.join("\n", report)).isEmpty();
	}

	@Test
	void theApiDocumentHasEnoughOperationsForTheSweepToMeanSomething() {
		List<Operation> operations = operations();

		assertThat(operations.stream().filter(Operation::targetsARecord)).hasSizeGreaterThanOrEqualTo(8);
		assertThat(operations.stream().map(Operation::toString)).contains("GET /api/v1/partners/{partnerId}",
				"PUT /api/v1/partners/{partnerId}/profile", "GET /api/v1/partners/{partnerId}/users/{userId}",
				"DELETE /api/v1/auth/tokens/{tokenId}");
	}

	private void sweep(Caller caller, Victim victim) {
		Map<String, String> before = snapshot(victim);
		String aliceToken = tokenFor(ALICE);
		List<String> failures = new ArrayList<>();
		List<String> report = new ArrayList<>();
		OpenApiDocument document = document();

		for (Operation operation : operations()) {
			String body = document.sampleBody(operation);
			Exchange attack = call(caller, operation, body, name -> victimId(name, victim));
			report.add(attack.describe());
			check(attack, caller, victim, failures);
			if (!operation.targetsARecord()) {
				continue;
			}
			Exchange missing = call(caller, operation, body, name -> UUID.randomUUID().toString());
			compare(attack, missing, failures);
			report.set(report.size() - 1, attack.describe() + " (missing record: " + missing.response().status() + ")");
			if (operation.pathParameters().size() > 1 && operation.pathParameters().contains("partnerId")) {
				// The caller's own partner with the victim's record inside it must not work either.
				Exchange mixed = call(caller, operation, body,
						name -> name.equals("partnerId") ? caller.ownPartnerId() : victimId(name, victim));
				Exchange mixedMissing = call(caller, operation, body,
						name -> name.equals("partnerId") ? caller.ownPartnerId() : UUID.randomUUID().toString());
				check(mixed, caller, victim, failures);
				compare(mixed, mixedMissing, failures);
				report.add(mixed.describe() + " (missing record: " + mixedMissing.response().status() + ")");
			}
		}

		assertThat(snapshot(victim)).as("the victim's records as the vendor admin sees them").isEqualTo(before);
		assertThat(get("/api/v1/me", aliceToken).status()).as("alice's token still works").isEqualTo(200);
		assertThat(failures).as("%d failures as %s. Report:%n%s", failures.size(), caller.email(),
				String.join("\n", report)).isEmpty();
	}

	private Exchange call(Caller caller, Operation operation, String body, Function<String, String> ids) {
		String path = operation.path();
		for (String name : operation.pathParameters()) {
			path = path.replace("{" + name + "}", ids.apply(name));
		}
		String query = operation.parameters("query").stream().filter(p -> p.path("required").asBoolean())
			.map(p -> p.get("name").asString() + "=" + document().sampleParameter(p))
			.reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse("");
		Map<String, String> headers = new LinkedHashMap<>();
		operation.parameters("header").stream().filter(p -> p.path("required").asBoolean())
			.forEach(p -> headers.put(p.get("name").asString(), document().sampleParameter(p)));
		if (operation.node().path("requestBody").path("content").has("multipart/form-data")) {
			// An upload: a small valid text file in the part the API documents, so the request reaches the scope check.
			Multipart upload = Multipart.file("sweep.txt", "text/plain", "sweep".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			headers.put("Content-Type", upload.contentType());
			body = new String(upload.body(), java.nio.charset.StandardCharsets.UTF_8);
		}
		return new Exchange(operation.method(), path + query,
				send(operation.method(), path + query, caller.token(), body, headers));
	}

	/** (a) no server error, (b) nothing of the victim's in the answer, and the request reached the scope check. */
	private void check(Exchange exchange, Caller caller, Victim victim, List<String> failures) {
		Response response = exchange.response();
		if (response.status() >= 500) {
			failures.add(exchange.describe() + ": server error " + response.body());
		}
		if (response.status() == 400 || response.status() == 422) {
			failures.add(exchange.describe() + ": the sample request was refused as invalid, so the sweep cannot "
					+ "tell whether the scope was applied; teach OpenApiDocument a valid value: " + response.body());
		}
		leaks(ownDeniedAttemptsRemoved(response, caller), exchange.path(), victim)
			.forEach(leak -> failures.add(exchange.describe() + " shows " + leak));
	}

	/** (c) the victim's record is indistinguishable from one that does not exist. */
	private void compare(Exchange attack, Exchange missing, List<String> failures) {
		Response a = attack.response();
		Response m = missing.response();
		if (a.status() != m.status()) {
			failures.add(attack.describe() + " but a missing record answers " + m.status() + ": " + a.body());
			return;
		}
		if (!Objects.equals(mediaType(a), mediaType(m)) || !withoutPerRequestFields(a).equals(withoutPerRequestFields(m))) {
			failures.add(attack.describe() + " answers differently from a missing record: " + a.body() + " vs "
					+ m.body());
		}
	}

	private List<String> leaks(String body, String requestPath, Victim victim) {
		// The problem's "instance" echoes the request path: an id the caller sent itself is no leak.
		String scanned = body.replace(requestPath.split("\\?")[0], "<request path>");
		List<String> leaks = new ArrayList<>();
		victim.secrets().stream().filter(scanned::contains).forEach(s -> leaks.add("the victim's '" + s + "'"));
		victim.ids().stream().filter(scanned::contains).forEach(id -> leaks.add("the victim's id " + id));
		return leaks;
	}

	/**
	 * The caller's own audit entries of denied attempts name the ids it tried (it sent them itself); those
	 * are removed before scanning, and nothing else.
	 */
	private String ownDeniedAttemptsRemoved(Response response, Caller caller) {
		String contentType = String.valueOf(response.header("Content-Type"));
		if (contentType.startsWith("text/csv")) {
			try {
				StringBuilder kept = new StringBuilder();
				for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new StringReader(response.body()))) {
					Map<String, String> cells = new LinkedHashMap<>(row.toMap());
					if ("denied".equals(cells.get("outcome")) && caller.email().equals(cells.get("actor"))) {
						cells.remove("subjectId");
					}
					kept.append(cells).append('\n');
				}
				return kept.toString();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		if (!contentType.contains("json") || !response.body().startsWith("{")) {
			return response.body();
		}
		JsonNode body = response.json();
		body.path("items").forEach(item -> {
			if (item.isObject() && "denied".equals(item.path("outcome").asString())
					&& caller.email().equals(item.path("actorEmail").asString())) {
				((ObjectNode) item).remove("subjectId");
			}
		});
		return body.toString();
	}

	private static String withQuery(Operation operation, String partnerId) {
		if (partnerId == null) {
			return operation.path();
		}
		String query = operation.parameters("query").stream()
			.filter(p -> "uuid".equals(p.path("schema").path("format").asString()))
			.map(p -> p.get("name").asString() + "=" + partnerId)
			.reduce((a, b) -> a + "&" + b).orElse("");
		return query.isEmpty() ? operation.path() : operation.path() + "?" + query;
	}

	/** The problem's {@code instance} (the request path) and {@code requestId} differ by request, not by record. */
	private String withoutPerRequestFields(Response response) {
		try {
			JsonNode body = response.json();
			if (body.isObject()) {
				((ObjectNode) body).remove("instance");
				((ObjectNode) body).remove("requestId");
			}
			return body.toString();
		}
		catch (RuntimeException notJson) {
			return response.body();
		}
	}

	private static String mediaType(Response response) {
		String type = response.header("Content-Type");
		return type == null ? null : type.split(";")[0].trim();
	}

	private String victimId(String name, Victim victim) {
		return switch (name) {
			case "partnerId" -> victim.partnerId();
			case "userId" -> victim.userId();
			case "tokenId" -> aliceTokenId();
			case "attributeId" -> attributeId("employees");
			case "registrationId" -> victim.registrationId();
			case "commentId" -> victim.commentId();
			case "attachmentId" -> victim.attachmentId();
			case "notificationId" -> victim.notificationId();
			case "applicationId" -> victim.applicationId();
			case "ruleId" -> victim.ruleId();
			case "acceptanceId" -> victim.acceptanceId();
			case "taskId" -> victim.taskId();
			case "templateId" -> agreementTemplateId();
			case "segmentId" -> segmentId();
			case "fundId" -> victim.funds().fundId();
			case "requestId" -> victim.funds().requestId();
			case "claimId" -> victim.funds().claimId();
			case "fileId" -> victim.funds().fileId();
			case "leadId" -> victim.leadId();
			default -> UUID.randomUUID().toString();
		};
	}

	/** The victim partner, its people, and every string of theirs that another partner must never see. */
	private Victim victim(String partnerName) {
		String partnerId = partnerId(partnerName);
		JsonNode partner = get("/api/v1/partners/" + partnerId, tokenFor(ADMIN)).json();
		JsonNode people = get("/api/v1/partners/" + partnerId + "/users?size=200", tokenFor(ADMIN)).json().get("items");
		assertThat(people).as("people of " + partnerName).isNotEmpty();
		Set<String> secrets = new LinkedHashSet<>(List.of(partner.get("name").asString(), partner.get("legalName").asString(),
				partner.get("addresses").get(0).get("street").asString()));
		Set<String> ids = new LinkedHashSet<>(List.of(partnerId));
		people.forEach(person -> {
			secrets.add(person.get("email").asString());
			ids.add(person.get("id").asString());
		});
		String userId = people.valueStream().filter(p -> p.get("role").asString().equals("PARTNER_USER")).findFirst()
			.orElse(people.get(0)).get("id").asString();
		String customer = "Secret Customer " + UUID.randomUUID().toString().substring(0, 8);
		String[] deal = dealOf(partnerId, customer);
		secrets.add(customer);
		ids.add(deal[0]);
		ids.add(deal[1]);
		String attachmentId = attachmentOf(deal[0], customer);
		String notificationId = notificationOf(userId, customer);
		ids.add(attachmentId);
		ids.add(notificationId);
		String applicationId = applicationNaming(customer);
		String ruleId = routingRule();
		ids.add(applicationId);
		ids.add(ruleId);
		JsonNode acceptance = acceptanceOf(partnerId, partnerName);
		secrets.add(acceptance.get("fullName").asString());
		ids.add(acceptance.get("id").asString());
		String taskId = manualOnboardingTaskOf(partnerId);
		ids.add(taskId);
		Funds funds = fundsOf(partnerId, customer);
		secrets.add("Fund of " + customer);
		ids.addAll(List.of(funds.fundId(), funds.requestId(), funds.claimId(), funds.fileId()));
		String leadCompany = "Secret Lead " + UUID.randomUUID().toString().substring(0, 8);
		String leadId = leadOf(partnerId, leadCompany);
		secrets.add(leadCompany);
		ids.add(leadId);
		return new Victim(partnerId, userId, secrets, ids, deal[0], deal[1], attachmentId, notificationId, applicationId,
				ruleId, acceptance.get("id").asString(), taskId, funds, leadId);
	}

	/**
	 * An agreement acceptance of the victim: an earlier one, or its admin accepts what is pending now (Northwind's
	 * admin is alice; another partner gets an admin invited for it) with a name no other answer contains.
	 */
	private JsonNode acceptanceOf(String partnerId, String partnerName) {
		JsonNode earlier = get("/api/v1/agreement-acceptances?partnerId=" + partnerId, tokenFor(ADMIN)).json();
		if (!earlier.isEmpty()) {
			return earlier.get(0);
		}
		String token = partnerName.equals("Northwind Systems") ? tokenFor(ALICE)
				: newToken(newPerson(partnerId, "PARTNER_ADMIN"));
		JsonNode accepted = null;
		for (JsonNode agreement : get("/api/v1/partners/" + partnerId + "/agreements", token).json()) {
			if (agreement.get("acceptance").isNull()) {
				Response response = post("/api/v1/partners/" + partnerId + "/agreements/"
						+ agreement.get("version").get("id").asString() + "/accept", token,
						Map.of("fullName", "Signer " + UUID.randomUUID().toString().substring(0, 8)));
				assertThat(response.status()).as(response.body()).isEqualTo(201);
				accepted = response.json();
			}
		}
		assertThat(accepted).as("an agreement of " + partnerName + " to accept").isNotNull();
		return accepted;
	}

	/** A task of the victim's onboarding checklist that people tick by hand (the demo plan has some). */
	private String manualOnboardingTaskOf(String partnerId) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> !get("/api/v1/partners/" + partnerId + "/onboarding", tokenFor(ADMIN)).json().isEmpty());
		JsonNode tasks = get("/api/v1/partners/" + partnerId + "/onboarding", tokenFor(ADMIN)).json().get(0).get("tasks");
		return tasks.valueStream().filter(t -> Set.of("CUSTOM", "COMPLETE_COURSE").contains(t.get("kind").asString()))
			.findFirst().orElse(tasks.get(0)).get("id").asString();
	}

	private String agreementTemplateId() {
		return get("/api/v1/agreement-templates", tokenFor(ADMIN)).json().get(0).get("id").asString();
	}

	/** A fund of the victim's, an approved request against it and a claim with a proof file, made by the vendor admin. */
	private Funds fundsOf(String partnerId, String customer) {
		String admin = tokenFor(ADMIN);
		Response fund = post("/api/v1/funds", admin, Map.of("name", "Fund of " + customer, "periodStart",
				java.time.LocalDate.now().minusDays(10).toString(), "periodEnd", java.time.LocalDate.now().plusDays(90).toString(),
				"currency", "EUR", "amount", 5000, "partnerId", partnerId));
		assertThat(fund.status()).as(fund.body()).isEqualTo(201);
		String fundId = fund.json().get("id").asString();
		Response request = post("/api/v1/fund-requests", admin, Map.of("fundId", fundId, "partnerId", partnerId,
				"activityType", "Webinar", "theme", "Security", "title", "Webinar for " + customer, "startsOn",
				java.time.LocalDate.now().toString(), "endsOn", java.time.LocalDate.now().toString(), "requestedAmount", 1000));
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		String requestId = request.json().get("id").asString();
		assertThat(post("/api/v1/fund-requests/" + requestId + "/approve", admin, Map.of()).status()).isEqualTo(200);
		Multipart upload = Multipart.of(Map.of("amount", "100", "invoiceNumber", "INV-" + UUID.randomUUID()), "files",
				customer + ".txt", "text/plain", ("attendees of " + customer).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Response claim = send("POST", "/api/v1/fund-requests/" + requestId + "/claims", admin,
				new String(upload.body(), java.nio.charset.StandardCharsets.UTF_8), Map.of("Content-Type", upload.contentType()));
		assertThat(claim.status()).as(claim.body()).isEqualTo(201);
		return new Funds(fundId, requestId, claim.json().get("id").asString(),
				claim.json().get("files").get(0).get("id").asString());
	}

	/** A deal registration of the victim with a comment, registered by the vendor on its behalf: {id, commentId}. */
	private String[] dealOf(String partnerId, String customer) {
		Response registered = post("/api/v1/deal-registrations", tokenFor(ADMIN), Map.of("partnerId", partnerId,
				"customer", Map.of("name", customer, "country", "NL", "city", "Utrecht"), "amount", 5000, "currency",
				"EUR", "expectedCloseDate", java.time.LocalDate.now().plusMonths(1).toString()));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String id = registered.json().get("id").asString();
		Response comment = post("/api/v1/deal-registrations/" + id + "/comments", tokenFor(ADMIN),
				Map.of("body", "note about " + customer));
		return new String[] { id, comment.json().get("id").asString() };
	}

	/** A file on the victim's deal, uploaded by the vendor admin: its name names the secret customer. */
	private String attachmentOf(String registrationId, String customer) {
		Multipart upload = Multipart.file(customer + ".txt", "text/plain",
				("notes on " + customer).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Response attached = send("POST", "/api/v1/deal-registrations/" + registrationId + "/attachments", tokenFor(ADMIN),
				new String(upload.body(), java.nio.charset.StandardCharsets.UTF_8), Map.of("Content-Type", upload.contentType()));
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		return attached.json().get("id").asString();
	}

	/** A "become a partner" application (vendor-only) whose company is the secret customer. */
	private String applicationNaming(String customer) {
		Response applied = post("/api/v1/applications", null, Map.of("company", customer, "country", "NL", "regions",
				List.of("BENELUX"), "partnerType", "RESELLER", "contactName", "Secret Contact", "contactEmail",
				"contact@" + customer.toLowerCase().replace(' ', '-') + ".example", "consent", true));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		return applied.json().get("id").asString();
	}

	/** A routing rule (vendor-only). */
	private String routingRule() {
		Response created = post("/api/v1/application-routing-rules", tokenFor(ADMIN), Map.of("name", "Sweep rule",
				"priority", 9000, "country", "NL", "queue", "sweep-queue"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** A lead entered by the vendor and assigned to the victim by hand. */
	private String leadOf(String partnerId, String company) {
		Response created = post("/api/v1/leads", tokenFor(ADMIN), Map.of("company", company, "country", "NL"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		Response assigned = post("/api/v1/leads/" + id + "/assign", tokenFor(ADMIN), Map.of("partnerId", partnerId));
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
		return id;
	}

	/** An in-app notification of the victim's user about the secret customer. */
	private String notificationOf(String userId, String customer) {
		UUID recipient = UUID.fromString(userId);
		notifications.deliver(new Notice("sweep", "About " + customer, "News about " + customer, "/", List.of(
				new Notice.Recipient(recipient, null))));
		return jdbc.sql("SELECT id FROM notifications WHERE recipient_id = ? AND subject = ?")
			.params(recipient, "About " + customer).query(UUID.class).single().toString();
	}

	private Caller caller(String email) {
		String token = tokenFor(email);
		return new Caller(email, token, get("/api/v1/me", token).json().get("partnerId").asString());
	}

	/**
	 * The victim's partner record, each of its people, the vendor's attribute definitions and the victim's deal,
	 * as the vendor admin reads them; a 404 among them (an id that is no person) compares without its request id.
	 */
	private Map<String, String> snapshot(Victim victim) {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("partner", withoutPerRequestFields(get("/api/v1/partners/" + victim.partnerId(), tokenFor(ADMIN))));
		snapshot.put("people", withoutPerRequestFields(get("/api/v1/partners/" + victim.partnerId() + "/users?size=200", tokenFor(ADMIN))));
		for (String id : victim.ids()) {
			if (!id.equals(victim.partnerId())) {
				snapshot.put(id, withoutPerRequestFields(get("/api/v1/partners/" + victim.partnerId() + "/users/" + id, tokenFor(ADMIN))));
			}
		}
		snapshot.put("memberships", withoutPerRequestFields(get("/api/v1/partners/" + victim.partnerId() + "/memberships",
				tokenFor(ADMIN))));
		snapshot.put("attributes", withoutPerRequestFields(get("/api/v1/custom-attributes", tokenFor(ADMIN))));
		snapshot.put("deal", withoutPerRequestFields(get("/api/v1/deal-registrations/" + victim.registrationId(), tokenFor(ADMIN))));
		snapshot.put("deal attachments", withoutPerRequestFields(get("/api/v1/deal-registrations/" + victim.registrationId()
				+ "/attachments", tokenFor(ADMIN))));
		snapshot.put("notification", String.valueOf(jdbc.sql("SELECT read_at FROM notifications WHERE id = ?")
			.param(UUID.fromString(victim.notificationId())).query((row, n) -> String.valueOf(row.getObject(1))).list()));
		snapshot.put("application", withoutPerRequestFields(get("/api/v1/applications/" + victim.applicationId(), tokenFor(ADMIN))));
		snapshot.put("routing rule", withoutPerRequestFields(get("/api/v1/application-routing-rules/" + victim.ruleId(), tokenFor(ADMIN))));
		snapshot.put("agreement acceptance", withoutPerRequestFields(get("/api/v1/partners/" + victim.partnerId()
				+ "/agreements/acceptances/" + victim.acceptanceId(), tokenFor(ADMIN))));
		// Only the tasks people tick: the others tick themselves from the victim's own set-up, at their own pace.
		snapshot.put("onboarding", get("/api/v1/partners/" + victim.partnerId() + "/onboarding", tokenFor(ADMIN)).json()
			.valueStream().flatMap(c -> c.get("tasks").valueStream())
			.filter(t -> Set.of("CUSTOM", "COMPLETE_COURSE").contains(t.get("kind").asString()))
			.map(t -> t.get("id").asString() + "=" + t.get("completedAt")).toList().toString());
		snapshot.put("fund ledger", withoutPerRequestFields(get("/api/v1/funds/" + victim.funds().fundId() + "/ledger", tokenFor(ADMIN))));
		snapshot.put("fund request", withoutPerRequestFields(get("/api/v1/fund-requests/" + victim.funds().requestId(), tokenFor(ADMIN))));
		snapshot.put("claim", withoutPerRequestFields(get("/api/v1/claims/" + victim.funds().claimId(), tokenFor(ADMIN))));
		snapshot.put("lead", withoutPerRequestFields(get("/api/v1/leads/" + victim.leadId(), tokenFor(ADMIN))));
		snapshot.put("lead routing", withoutPerRequestFields(get("/api/v1/leads/" + victim.leadId() + "/routing/history",
				tokenFor(ADMIN))));
		snapshot.put("deal timeline", withoutPerRequestFields(get("/api/v1/deal-registrations/" + victim.registrationId() + "/timeline",
				tokenFor(ADMIN))));
		return snapshot;
	}

	private String aliceTokenId() {
		String token = tokenFor(ALICE);
		for (JsonNode listed : get("/api/v1/auth/tokens", token).json()) {
			if (token.startsWith(listed.get("prefix").asString())) {
				return listed.get("id").asString();
			}
		}
		throw new IllegalStateException("alice's token is not in her listing");
	}

	/** A segment of the vendor's: partners must find it exactly as absent as a segment that does not exist. */
	private String segmentId() {
		Response defined = post("/api/v1/segments", tokenFor(ADMIN), Map.of("name", unique("Sweep segment"), "rule",
				Map.of("conditions", List.of(Map.of("field", "COUNTRY", "values", List.of("DE"))))));
		assertThat(defined.status()).as(defined.body()).isEqualTo(201);
		return defined.json().get("id").asString();
	}

	private String attributeId(String key) {
		for (JsonNode definition : get("/api/v1/custom-attributes", tokenFor(ADMIN)).json()) {
			if (definition.get("key").asString().equals(key)) {
				return definition.get("id").asString();
			}
		}
		throw new IllegalStateException("No attribute " + key);
	}

	private OpenApiDocument document() {
		Response docs = get("/v3/api-docs", null);
		assertThat(docs.status()).as("/v3/api-docs").isEqualTo(200);
		return new OpenApiDocument(docs.json(), json);
	}

	private List<Operation> operations() {
		List<Operation> operations = document().operations();
		assertThat(operations).as("operations in /v3/api-docs; fewer means the sweep would prove little")
			.hasSizeGreaterThanOrEqualTo(MINIMUM_OPERATIONS);
		return operations;
	}
}
