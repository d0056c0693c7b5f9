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
		JsonNode programme = get("/api/v1/programs", tokenFor(ADMIN)).json().get(0);
		String segment = post("/api/v1/segments", tokenFor(ADMIN), Map.of("name", "UI sweep " + UUID.randomUUID(), "rule",
				Map.of("conditions", List.of(Map.of("field", "COUNTRY", "values", List.of("DE")))))).json().get("id").asString();
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
					.replace("{notificationId}", notification)
					.replace("{programId}", programme.get("id").asString())
					.replace("{tierId}", programme.get("tiers").get(0).get("id").asString())
					.replace("{segmentId}", segment).replace("{leadId}", lead);
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
