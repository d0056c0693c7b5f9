package org.openprm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

class PartnerDirectoryTests extends ApiTestSupport {

	@Test
	void createsAPartnerAndAnswersWithItsLocation() {
		String name = unique("Created Systems");

		Response created = post("/api/v1/partners", tokenFor(ADMIN), partnerBody(name));

		assertThat(created.status()).isEqualTo(201);
		JsonNode partner = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/v1/partners/" + partner.get("id").asString());
		assertThat(partner.get("status").asString()).isEqualTo("PROSPECT");
		assertThat(partner.get("attributes").get("employees").asString()).isEqualTo("12");
		Response read = get(created.header("Location"), tokenFor(ADMIN));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo(name);
		assertThat(read.json().get("domains").get(0).asString())
			.isEqualTo(((List<?>) partnerBody(name).get("domains")).get(0));
	}

	@Test
	void aChannelManagerCreatesPartnersToo() {
		assertThat(post("/api/v1/partners", tokenFor(CAM), partnerBody(unique("Cam Created"))).status()).isEqualTo(201);
	}

	@Test
	void namesTheFieldOfEveryInvalidInput() {
		assertInvalid(without("name"), "name");
		assertInvalid(with("country", "Germany"), "country");
		assertInvalid(with("domains", List.of("ok.example", "not a domain")), "domains[1]");
		assertInvalid(with("attributes", Map.of("shoe_size", "42")), "attributes.shoe_size");
		assertInvalid(with("attributes", Map.of("employees", "a dozen")), "attributes.employees");
		assertInvalid(with("attributes", Map.of("partner_since", "31.12.2020")), "attributes.partner_since");
		assertInvalid(with("attributes", Map.of("focus", "Everyone")), "attributes.focus");
		assertInvalid(with("type", "PLUMBER"), "type");
		assertInvalid(with("addresses", List.of(Map.of("city", "Berlin", "country", "Germany"))), "addresses[0].country");
		assertInvalid(with("addresses", List.of(Map.of("country", "DE"))), "addresses[0].city");
	}

	@Test
	void reportsAllBrokenBusinessRulesAtOnce() {
		Map<String, Object> body = partnerBody(unique("Many Problems"));
		body.put("country", "Germany");
		body.put("domains", List.of("not a domain"));
		body.put("attributes", Map.of("employees", "many"));

		Response refused = post("/api/v1/partners", tokenFor(ADMIN), body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("country",
				"domains[0]", "attributes.employees");
	}

	@Test
	void refusesFieldsTheRequestDoesNotOwnByName() {
		Map<String, Object> body = partnerBody(unique("Sneaky"));
		body.put("status", "ACTIVE");

		Response refused = post("/api/v1/partners", tokenFor(ADMIN), body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("status");
		assertThat(search("q=" + body.get("name")).get("total").asLong()).isZero();
	}

	@Test
	void aFailedCreateLeavesNoPartnerBehind() {
		String name = unique("Half Created");
		Map<String, Object> body = partnerBody(name);
		body.put("attributes", Map.of("employees", "lots"));

		assertThat(post("/api/v1/partners", tokenFor(ADMIN), body).status()).isEqualTo(400);
		assertThat(search("q=" + name).get("total").asLong()).isZero();
	}

	@Test
	void answersMalformedJsonWithAProblem() {
		Response refused = post("/api/v1/partners", tokenFor(ADMIN), "{\"name\": ");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("type").asString()).endsWith("/malformed-body");
	}

	@Test
	void refusesBodiesOverOneMebibyte() {
		Map<String, Object> body = partnerBody(unique("Huge"));
		body.put("legalName", "x".repeat(1024 * 1024 + 1));

		Response refused = post("/api/v1/partners", tokenFor(ADMIN), body);

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).endsWith("/payload-too-large");
	}

	@Test
	void pagesThroughTheDirectoryWithoutOverlap() {
		JsonNode first = search("page=0&size=10");
		JsonNode second = search("page=1&size=10");

		assertThat(first.get("page").asInt()).isZero();
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(first.get("size").asInt()).isEqualTo(10);
		assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(44).isEqualTo(second.get("total").asLong());
		assertThat(first.get("items")).hasSize(10);
		assertThat(second.get("items")).hasSize(10);
		Set<String> ids = new HashSet<>(field(first, "id"));
		assertThat(field(second, "id")).noneMatch(ids::contains);

		long total = first.get("total").asLong();
		JsonNode last = search("page=" + ((total - 1) / 10) + "&size=10");
		assertThat(last.get("items")).hasSize((int) (total - (total - 1) / 10 * 10));
	}

	@Test
	void refusesPageSizesAndPagesOutOfRange() {
		assertQueryInvalid("size=0", "size");
		assertQueryInvalid("size=201", "size");
		assertQueryInvalid("page=-1", "page");
		assertQueryInvalid("sort=password", "sort");
		assertQueryInvalid("type=PLUMBER", "type");
	}

	@Test
	void filtersByTypeCountryTagAndText() {
		JsonNode distributors = search("type=DISTRIBUTOR&size=200");
		assertThat(field(distributors, "type")).containsOnly("DISTRIBUTOR");
		assertThat(names(distributors)).contains("Distri Europe", "Pacific Channel Supply", "Nordic Distribution");

		JsonNode german = search("country=de&size=200");
		assertThat(field(german, "country")).containsOnly("DE");
		assertThat(names(german)).contains("Rhein Netzwerke", "Integrata Systems").doesNotContain("Northwind Systems");

		JsonNode wireless = search("tag=wireless&size=200");
		assertThat(wireless.get("items")).allSatisfy(p -> assertThat(p.get("tags").valueStream().map(JsonNode::asString))
			.contains("wireless"));
		assertThat(names(wireless)).contains("Praha Networks", "Rhein Netzwerke").doesNotContain("Contoso Networks");

		assertThat(names(search("q=NORTHWIND"))).contains("Northwind Systems").doesNotContain("Contoso Networks");
		assertThat(names(search("q=contoso.example"))).containsExactly("Contoso Networks");
		assertThat(names(search("type=RESELLER&country=DE&tag=security"))).containsExactly("Rhein Netzwerke");
	}

	@Test
	void treatsWildcardsInTheSearchTextLiterally() {
		String name = unique("Hundred %_ Percent");
		newPartner(name);

		JsonNode matches = search("q=" + URLEncoder.encode("%_", StandardCharsets.UTF_8) + "&size=200");

		assertThat(names(matches)).contains(name).allMatch(n -> n.contains("%_"));
	}

	@Test
	void sortsByTheChosenColumnInEitherDirection() {
		List<String> descending = names(search("type=DISTRIBUTOR&sort=name,desc"));
		assertThat(descending).hasSizeGreaterThanOrEqualTo(3)
			.isSortedAccordingTo(Comparator.comparing(String::toLowerCase, Comparator.reverseOrder()));

		List<String> ascending = field(search("tag=wireless&sort=country,asc&size=200"), "country");
		List<String> reversed = field(search("tag=wireless&sort=country,desc&size=200"), "country");
		assertThat(ascending).hasSizeGreaterThanOrEqualTo(5).isSorted();
		assertThat(reversed).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void searchResultsComeInNameOrderPageAfterPage() {
		String word = "ord" + UUID.randomUUID().toString().substring(0, 8);
		List<String> created = List.of("Zeta " + word, "alpha " + word, "Mid " + word + " Systems", "Beta " + word);
		created.forEach(PartnerDirectoryTests.this::newPartner);

		List<String> ascending = new ArrayList<>(names(search("q=" + word + "&sort=name&size=2")));
		ascending.addAll(names(search("q=" + word + "&sort=name&size=2&page=1")));
		List<String> descending = names(search("q=" + word + "&sort=name,desc&size=200"));

		assertThat(ascending).containsExactly("alpha " + word, "Beta " + word, "Mid " + word + " Systems", "Zeta " + word);
		List<String> reversed = new ArrayList<>(ascending);
		Collections.reverse(reversed);
		assertThat(descending).containsExactlyElementsOf(reversed);
	}

	private void assertInvalid(Map<String, Object> body, String field) {
		Response refused = post("/api/v1/partners", tokenFor(ADMIN), body);
		assertThat(refused.status()).as("%s for %s", refused.body(), field).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).endsWith("/validation");
		assertThat(refused.json().get("errors").findValuesAsString("field")).as(refused.body()).containsExactly(field);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).isNotBlank();
	}

	private void assertQueryInvalid(String query, String field) {
		Response refused = get("/api/v1/partners?" + query, tokenFor(ADMIN));
		assertThat(refused.status()).as(query).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).as(refused.body()).containsExactly(field);
	}

	private static Map<String, Object> with(String field, Object value) {
		Map<String, Object> body = partnerBody(unique("Invalid"));
		body.put(field, value);
		return body;
	}

	private static Map<String, Object> without(String field) {
		Map<String, Object> body = partnerBody(unique("Invalid"));
		body.remove(field);
		return body;
	}

	private JsonNode search(String query) {
		Response found = get("/api/v1/partners?" + query.replace(" ", "+"), tokenFor(ADMIN));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return found.json();
	}

	private static List<String> names(JsonNode page) {
		return field(page, "name");
	}

	private static List<String> field(JsonNode page, String name) {
		return page.get("items").valueStream().map(item -> item.get(name).asString()).toList();
	}
}
