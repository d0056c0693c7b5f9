package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.Multipart;
import org.openprm.notifications.Notice;
import org.openprm.notifications.NotificationManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * Walks every UI route that names a record in its path, as a partner admin of another organisation
 * (or, for vendor-only records, as a partner at all), and proves each answers like a missing record and
 * changes nothing. New UI routes join automatically.
 */
class UiIsolationSweepTests extends ApiTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherPartnersRecordsAreInvisibleOnEveryUiRoute() {
		String northwind = partnerId("Northwind Systems");
		String nick = userIdOf(northwind, NICK);
		String alicesToken = get("/api/v1/auth/tokens", tokenFor(ALICE)).json().get(0).get("id").asString();
		String attribute = get("/api/v1/custom-attributes", tokenFor(ADMIN)).json().get(0).get("id").asString();
		String deal = dealOf(northwind);
		String attachment = attachmentOf(deal);
		String notification = notificationOf(nick);
		String application = get("/api/v1/applications?size=1", tokenFor(ADMIN)).json().get("items").get(0).get("id").asString();
		String rule = get("/api/v1/application-routing-rules", tokenFor(ADMIN)).json().get(0).get("id").asString();
		String applicationBefore = get("/api/v1/applications/" + application, tokenFor(ADMIN)).body();
		String ruleBefore = get("/api/v1/application-routing-rules/" + rule, tokenFor(ADMIN)).body();
		JsonNode programme = get("/api/v1/programs", tokenFor(ADMIN)).json().get(0);
		String segment = post("/api/v1/segments", tokenFor(ADMIN), Map.of("name", "UI sweep " + UUID.randomUUID(), "rule",
				Map.of("conditions", List.of(Map.of("field", "COUNTRY", "values", List.of("DE")))))).json().get("id").asString();
		String acceptance = acceptanceOf(northwind);
		String task = get("/api/v1/partners/" + northwind + "/onboarding", tokenFor(ADMIN)).json().get(0).get("tasks").valueStream()
			.filter(t -> t.get("kind").asString().equals("CUSTOM")).findFirst().orElseThrow().get("id").asString();
		String template = get("/api/v1/agreement-templates", tokenFor(ADMIN)).json().get(0).get("id").asString();
		String onboardingBefore = get("/api/v1/partners/" + northwind + "/onboarding", tokenFor(ADMIN)).json().get(0)
			.get("tasks").toString();
		String acceptanceBefore = get("/api/v1/partners/" + northwind + "/agreements/acceptances/" + acceptance,
				tokenFor(ADMIN)).body();
		String[] funds = fundsOf(northwind);
		String claimBefore = get("/api/v1/claims/" + funds[1], tokenFor(ADMIN)).body();
		String ledgerBefore = get("/api/v1/funds/" + funds[3] + "/ledger", tokenFor(ADMIN)).body();
		String programmeBefore = get("/api/v1/programs/" + programme.get("id").asString(), tokenFor(ADMIN)).body();
		String northwindMemberships = get("/api/v1/partners/" + northwind + "/memberships", tokenFor(ADMIN)).body();
		String before = get("/api/v1/partners/" + northwind, tokenFor(ADMIN)).body();
		String dealBefore = dealState(deal);
		String lead = leadOf(northwind);
		String leadBefore = get("/api/v1/leads/" + lead + "/routing/history", tokenFor(ADMIN)).body()
				+ get("/api/v1/leads/" + lead, tokenFor(ADMIN)).body();
		String filesBefore = get("/api/v1/deal-registrations/" + deal + "/attachments", tokenFor(ADMIN)).body();
		BrowserSession bob = BrowserSession.signIn(baseUrl(), BOB, PASSWORD);
		List<String> leaks = new ArrayList<>();
		Set<String> swept = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : uiRoutesWithIds()) {
			for (String pattern : route.getKey().getPatternValues()) {
				String path = pattern.replace("{partnerId}", northwind).replace("{userId}", nick)
					.replace("{attributeId}", attribute).replace("{tokenId}", alicesToken)
					.replace("{registrationId}", deal).replace("{attachmentId}", attachment)
					.replace("{notificationId}", notification).replace("{applicationId}", application)
					.replace("{ruleId}", rule)
					.replace("{programId}", programme.get("id").asString())
					.replace("{tierId}", programme.get("tiers").get(0).get("id").asString())
					.replace("{segmentId}", segment)
					.replace("{acceptanceId}", acceptance).replace("{taskId}", task).replace("{templateId}", template)
					// Accepting acts on the caller's own organisation only: no version of another partner to aim at.
					.replace("{templateVersionId}", UUID.randomUUID().toString())
					.replace("{requestId}", funds[0]).replace("{claimId}", funds[1]).replace("{fileId}", funds[2])
					.replace("{fundId}", funds[3])
					.replace("{decision}", "approve").replace("{leadId}", lead);
				assertThat(path).as("a path variable the sweep cannot fill in: teach it").doesNotContain("{");
				for (RequestMethod method : methods(route.getKey())) {
					BrowserSession.Page page = method == RequestMethod.GET ? bob.get(path)
							: bob.post(path, HOSTILE_FORM);
					swept.add(method + " " + pattern);
					if (page.status() != 404 || page.body().contains("Northwind") || page.body().contains(NICK)) {
						leaks.add(method + " " + path + " answered " + page.status());
					}
				}
			}
		}
		assertThat(swept).as("UI routes swept").hasSizeGreaterThanOrEqualTo(8);
		assertThat(leaks).as("routes that showed or changed another partner's data").isEmpty();
		assertThat(get("/api/v1/partners/" + northwind, tokenFor(ADMIN)).body()).isEqualTo(before);
		assertThat(get("/api/v1/applications/" + application, tokenFor(ADMIN)).body()).as("an application").isEqualTo(applicationBefore);
		assertThat(get("/api/v1/application-routing-rules/" + rule, tokenFor(ADMIN)).body()).as("a routing rule").isEqualTo(ruleBefore);
		assertThat(get("/api/v1/partners/" + northwind + "/agreements/acceptances/" + acceptance, tokenFor(ADMIN)).body())
			.as("northwind's acceptance is not counter-signed by bob").isEqualTo(acceptanceBefore);
		assertThat(currentTaskState(northwind, task)).as("northwind's kick-off task")
			.isEqualTo(taskState(onboardingBefore, task));
		assertThat(get("/api/v1/programs/" + programme.get("id").asString(), tokenFor(ADMIN)).body())
			.as("a programme only vendor staff may change").isEqualTo(programmeBefore);
		assertThat(get("/api/v1/partners/" + northwind + "/memberships", tokenFor(ADMIN)).body())
			.as("the victim's memberships").isEqualTo(northwindMemberships);
		assertThat(dealState(deal)).as("the victim's deal, its timeline and comments").isEqualTo(dealBefore);
		assertThat(bob.get("/deals").body()).doesNotContain("Northwind").doesNotContain(VICTIM_CUSTOMER);
		assertThat(bob.get("/partners").body()).doesNotContain("Northwind");
		assertThat(bob.get("/leads").body()).doesNotContain(VICTIM_LEAD);
		assertThat(get("/api/v1/leads/" + lead + "/routing/history", tokenFor(ADMIN)).body()
				+ get("/api/v1/leads/" + lead, tokenFor(ADMIN)).body()).as("the victim's lead").isEqualTo(leadBefore);
		assertThat(get("/api/v1/deal-registrations/" + deal + "/attachments", tokenFor(ADMIN)).body()).isEqualTo(filesBefore);
		assertThat(get("/api/v1/claims/" + funds[1], tokenFor(ADMIN)).body()).as("the victim's claim").isEqualTo(claimBefore);
		assertThat(bob.get("/funds").body()).doesNotContain("Northwind").doesNotContain(VICTIM_CUSTOMER);
		assertThat(jdbc.sql("SELECT read_at FROM notifications WHERE id = ?").param(UUID.fromString(notification))
			.query((row, n) -> row.getObject(1)).list()).as("nick's notification is still unread").containsExactly((Object) null);
		assertThat(get("/api/v1/auth/tokens/" + alicesToken, tokenFor(ALICE)).json().get("active").asBoolean())
			.as("alice's token survives bob's attempt to revoke it").isTrue();
	}

	/** Whatever any form of the UI takes, filled in as an attacker would: a successful post would change something. */
	private static final Map<String, String> HOSTILE_FORM = Map.ofEntries(Map.entry("status", "SUSPENDED"),
			Map.entry("name", "Hijacked"), Map.entry("country", "DE"), Map.entry("email", "x@example.com"),
			Map.entry("displayName", "X"), Map.entry("role", "PARTNER_ADMIN"), Map.entry("stage", "COMMIT"),
			Map.entry("amount", "1"), Map.entry("expectedCloseDate", java.time.LocalDate.now().plusDays(10).toString()),
			Map.entry("reason", "hijacked"), Map.entry("question", "hijacked"), Map.entry("answer", "hijacked"),
			Map.entry("body", "hijacked"), Map.entry("days", "10"), Map.entry("protectionDays", "10"));

	private static final String VICTIM_CUSTOMER = "Sweep Victim Customer";

	private static final String VICTIM_LEAD = "Sweep Victim Lead";

	/** A lead entered by the vendor and assigned to the victim by hand. */
	private String leadOf(String partnerId) {
		Response created = post("/api/v1/leads", tokenFor(ADMIN), Map.of("company", VICTIM_LEAD + " " + UUID.randomUUID(),
				"country", "NL"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(post("/api/v1/leads/" + id + "/assign", tokenFor(ADMIN), Map.of("partnerId", partnerId)).status())
			.isEqualTo(200);
		return id;
	}

	/** A deal registration of the victim, registered by the vendor on its behalf, with a comment. */
	private String dealOf(String partnerId) {
		Response registered = post("/api/v1/deal-registrations", tokenFor(ADMIN), Map.of("partnerId", partnerId,
				"customer", Map.of("name", VICTIM_CUSTOMER, "country", "NL", "city", "Utrecht"), "amount", 5000,
				"currency", "EUR", "expectedCloseDate", java.time.LocalDate.now().plusMonths(1).toString()));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String id = registered.json().get("id").asString();
		post("/api/v1/deal-registrations/" + id + "/comments", tokenFor(ADMIN), Map.of("body", "vendor note"));
		return id;
	}

	/** Northwind's agreement acceptance: an earlier one, or alice accepts what is pending now. */
	private String acceptanceOf(String northwind) {
		JsonNode earlier = get("/api/v1/agreement-acceptances?partnerId=" + northwind, tokenFor(ADMIN)).json();
		if (!earlier.isEmpty()) {
			return earlier.get(0).get("id").asString();
		}
		String accepted = null;
		for (JsonNode agreement : get("/api/v1/partners/" + northwind + "/agreements", tokenFor(ALICE)).json()) {
			if (agreement.get("acceptance").isNull()) {
				accepted = post("/api/v1/partners/" + northwind + "/agreements/" + agreement.get("version").get("id").asString()
						+ "/accept", tokenFor(ALICE), Map.of("fullName", "Alice Northwind")).json().get("id").asString();
			}
		}
		return accepted;
	}

	private String currentTaskState(String northwind, String task) {
		return taskState(get("/api/v1/partners/" + northwind + "/onboarding", tokenFor(ADMIN)).json().get(0).get("tasks")
			.toString(), task);
	}

	private String taskState(String tasks, String task) {
		return json.readTree(tasks).valueStream().filter(t -> t.get("id").asString().equals(task)).findFirst().orElseThrow()
			.get("completedAt").toString();
	}

	/** The victim's fund, an approved request and a claim with a proof file: {requestId, claimId, fileId, fundId}. */
	private String[] fundsOf(String partnerId) {
		String admin = tokenFor(ADMIN);
		String fund = post("/api/v1/funds", admin, Map.of("name", "Fund of " + VICTIM_CUSTOMER, "periodStart",
				java.time.LocalDate.now().minusDays(10).toString(), "periodEnd", java.time.LocalDate.now().plusDays(90).toString(),
				"currency", "EUR", "amount", 5000, "partnerId", partnerId)).json().get("id").asString();
		Response request = post("/api/v1/fund-requests", admin, Map.of("fundId", fund, "partnerId", partnerId,
				"activityType", "Event", "theme", "Cloud", "title", "Event for " + VICTIM_CUSTOMER, "startsOn",
				java.time.LocalDate.now().toString(), "endsOn", java.time.LocalDate.now().toString(), "requestedAmount", 1000));
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		String requestId = request.json().get("id").asString();
		post("/api/v1/fund-requests/" + requestId + "/approve", admin, Map.of());
		Multipart upload = Multipart.of(Map.of("amount", "100", "invoiceNumber", "INV-" + UUID.randomUUID()), "files",
				"northwind-attendees.txt", "text/plain", "Northwind attendees".getBytes(StandardCharsets.UTF_8));
		Response claim = send("POST", "/api/v1/fund-requests/" + requestId + "/claims", admin,
				new String(upload.body(), StandardCharsets.UTF_8), Map.of("Content-Type", upload.contentType()));
		assertThat(claim.status()).as(claim.body()).isEqualTo(201);
		return new String[] { requestId, claim.json().get("id").asString(),
				claim.json().get("files").get(0).get("id").asString(), fund };
	}

	private String dealState(String id) {
		JsonNode deal = get("/api/v1/deal-registrations/" + id, tokenFor(ADMIN)).json();
		return deal.get("status").asString() + " v" + deal.get("version").asString() + " "
				+ get("/api/v1/deal-registrations/" + id + "/timeline", tokenFor(ADMIN)).json().size() + " "
				+ get("/api/v1/deal-registrations/" + id + "/comments", tokenFor(ADMIN)).json().size();
	}

	private String attachmentOf(String deal) {
		Multipart upload = Multipart.file("northwind-notes.txt", "text/plain", "Northwind notes".getBytes(StandardCharsets.UTF_8));
		Response attached = send("POST", "/api/v1/deal-registrations/" + deal + "/attachments", tokenFor(ADMIN),
				new String(upload.body(), StandardCharsets.UTF_8), Map.of("Content-Type", upload.contentType()));
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		return attached.json().get("id").asString();
	}

	private String notificationOf(String userId) {
		UUID recipient = UUID.fromString(userId);
		String subject = "Northwind news " + UUID.randomUUID();
		notifications.deliver(new Notice("sweep", subject, "For Northwind only", "/", List.of(new Notice.Recipient(recipient, null))));
		return jdbc.sql("SELECT id FROM notifications WHERE recipient_id = ? AND subject = ?").params(recipient, subject)
			.query(UUID.class).single().toString();
	}

	private List<Map.Entry<RequestMappingInfo, HandlerMethod>> uiRoutesWithIds() {
		return mappings.getHandlerMethods().entrySet().stream()
			.filter(e -> !e.getValue().getBeanType().getSimpleName().endsWith("RestController"))
			// Every route that names a record; one-time links ({secret}) are public by design and prove nothing here.
			.filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.contains("{") && !p.contains("{secret}")))
			.toList();
	}

	private static Set<RequestMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
	}

	private String userIdOf(String partnerId, String email) {
		for (JsonNode user : get("/api/v1/partners/" + partnerId + "/users?size=100", tokenFor(ADMIN)).json().get("items")) {
			if (user.get("email").asString().equals(email)) {
				return user.get("id").asString();
			}
		}
		throw new IllegalStateException("No user " + email);
	}
}
