package org.openprm.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * What the people and systems of the portal mix do, one journey per kind of visitor. The request counts
 * let the simulation turn a share of the request rate into arrivals per second.
 */
final class PortalJourneys {

	/** Login page, sign-in and its redirect home: the requests of a sign-in. */
	static final int SIGN_IN_REQUESTS = 3;

	/** A partner user's round: directory, three typed searches, an overview, a tag filter. */
	static final int PARTNER_ROUND_REQUESTS = 6;

	/** A vendor staff member's round: a search, a filtered list, an overview, another search. */
	static final int VENDOR_ROUND_REQUESTS = 4;

	/** A search and a read by id. */
	static final double API_READING_REQUESTS = 2;

	/** A create, retried with the same Idempotency-Key by one client in five. */
	static final double API_CREATING_REQUESTS = 1.2;

	/** A profile edit. */
	static final double API_PROFILE_REQUESTS = 1;

	private final LoadSettings settings;

	private final FeederBuilder<String> searchTerms;

	private final FeederBuilder<String> partners;

	private final List<Map<String, Object>> tokens;

	/** Requests of one partner user's visit: a sign-in, then its rounds through the directory. */
	double partnerBrowsingRequests() {
		return SIGN_IN_REQUESTS + settings.roundsPerSignIn() * PARTNER_ROUND_REQUESTS;
	}

	/** Requests of one vendor staff member's visit: a sign-in, then its rounds of searching. */
	double vendorSearchingRequests() {
		return SIGN_IN_REQUESTS + settings.roundsPerSignIn() * VENDOR_ROUND_REQUESTS;
	}

	PortalJourneys(LoadSettings settings) {
		this.settings = settings;
		this.searchTerms = csv(settings.feeder("search-terms")).random();
		this.partners = csv(settings.feeder("partners")).random();
		this.tokens = csv(settings.feeder("api-tokens")).readRecords();
	}

	ScenarioBuilder partnerBrowsing() {
		return scenario("Partner users browse the directory")
			.feed(csv(settings.feeder("partner-logins")).random())
			.exec(signIn())
			.repeat(settings.roundsPerSignIn())
			.on(exec(http("directory").get("/partners"))
				.feed(searchTerms)
				.exec(session -> session.set("typed", prefix(session.getString("term"))))
				.exec(search("directory search (typing)", "/partners?q=#{typed}"))
				.exec(search("directory search", "/partners?q=#{term}"))
				.exec(search("directory search sorted", "/partners?q=#{term}&sort=country"))
				.exec(http("partner overview").get("/partners/#{partnerId}"))
				.exec(search("directory tag filter", "/partners?tag=networking")));
	}

	ScenarioBuilder vendorSearching() {
		return scenario("Vendor staff search the directory")
			.feed(csv(settings.feeder("vendor-logins")).random())
			.exec(signIn())
			.repeat(settings.roundsPerSignIn())
			.on(feed(searchTerms)
				.exec(search("vendor search", "/partners?q=#{term}&status=ACTIVE"))
				.exec(http("vendor filtered list").get("/partners?country=DE&type=RESELLER&sort=createdAt,desc"))
				.feed(partners)
				.exec(http("vendor partner overview").get("/partners/#{id}"))
				.feed(searchTerms)
				.exec(search("vendor search", "/partners?q=#{term}&type=MSP")));
	}

	ScenarioBuilder apiReading() {
		return scenario("API clients read partners")
			.feed(listFeeder(tokens).random())
			.feed(searchTerms)
			.feed(partners)
			// A partner's token reads its own organisation; a vendor's any partner.
			.exec(session -> session.set("readId",
					session.getString("partnerId").isEmpty() ? session.getString("id") : session.getString("partnerId")))
			.exec(http("api search").get("/api/v1/partners?q=#{term}").header("Authorization", "Bearer #{token}"))
			.exec(http("api read").get("/api/v1/partners/#{readId}").header("Authorization", "Bearer #{token}")
				.check(jsonPath("$.id").isEL("#{readId}")));
	}

	ScenarioBuilder apiCreating() {
		ChainBuilder create = exec(http("api create").post("/api/v1/partners")
			.header("Authorization", "Bearer #{token}")
			.header("Idempotency-Key", "#{key}")
			.header("Content-Type", "application/json")
			.body(StringBody("""
					{"name":"Load #{key}","legalName":"Load #{key} Ltd","type":"RESELLER","country":"DE",
					 "domains":["load-#{key}.example"],"tags":["networking"],
					 "addresses":[{"label":"HQ","city":"Berlin","country":"DE"}],"attributes":{"employees":"12"}}"""))
			.check(status().is(201)));
		return scenario("API clients create partners")
			.feed(listFeeder(tokens.stream().filter(t -> String.valueOf(t.get("role")).startsWith("VENDOR")).toList())
				.random())
			.exec(session -> session.set("key", UUID.randomUUID().toString()))
			.exec(create)
			.doIf(session -> ThreadLocalRandom.current().nextInt(5) == 0)
			.then(exec(http("api create (retried)").post("/api/v1/partners")
				.header("Authorization", "Bearer #{token}")
				.header("Idempotency-Key", "#{key}")
				.header("Content-Type", "application/json")
				.body(StringBody("""
						{"name":"Load #{key}","legalName":"Load #{key} Ltd","type":"RESELLER","country":"DE",
						 "domains":["load-#{key}.example"],"tags":["networking"],
						 "addresses":[{"label":"HQ","city":"Berlin","country":"DE"}],"attributes":{"employees":"12"}}"""))
				.check(status().is(201), header("Idempotent-Replayed").is("true"))));
	}

	ScenarioBuilder apiProfileEditing() {
		Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
		csv(settings.feeder("partners")).readRecords().forEach(p -> byId.put(String.valueOf(p.get("id")), p));
		// Circular: one admin's edits never overlap, so no edit meets a concurrent one on the same partner.
		List<Map<String, Object>> admins = tokens.stream().filter(t -> "PARTNER_ADMIN".equals(t.get("role")))
			.map(t -> {
				Map<String, Object> record = new java.util.HashMap<>(t);
				Map<String, Object> partner = byId.get(String.valueOf(t.get("partnerId")));
				record.put("name", partner.get("name"));
				record.put("domain", partner.get("domain"));
				record.put("country", partner.get("country"));
				return record;
			})
			.toList();
		return scenario("Partner admins edit their profile over the API")
			.feed(listFeeder(admins).circular())
			.exec(http("api profile edit").put("/api/v1/partners/#{partnerId}/profile")
				.header("Authorization", "Bearer #{token}")
				.header("Idempotency-Key", session -> UUID.randomUUID().toString())
				.header("Content-Type", "application/json")
				.body(StringBody("""
						{"name":"#{name}","legalName":"#{name} Ltd","domains":["#{domain}"],
						 "addresses":[{"label":"Headquarters","city":"Main office","country":"#{country}"}]}"""))
				.check(status().is(200)));
	}

	/** The login form with its CSRF token; a wrong password would land on /login?error, not home. */
	private ChainBuilder signIn() {
		return exec(http("login page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{email}")
				.formParam("password", "#{password}")
				.formParam("_csrf", "#{csrf}")
				.check(currentLocation().is(settings.baseUrl() + "/")));
	}

	/** The directory's live search: htmx asks for the result fragment only. */
	private static ChainBuilder search(String name, String url) {
		return exec(http(name).get(url).header("HX-Request", "true"));
	}

	private static String prefix(String term) {
		return term.substring(0, Math.min(3, term.length()));
	}
}
