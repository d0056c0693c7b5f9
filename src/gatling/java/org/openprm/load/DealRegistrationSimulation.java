package org.openprm.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Deal registration speed (issue 5) and its ceiling in one run. First the ceiling: the plain insert and
 * the plain read by id, each at the rates below; then, on the same running application, partner API
 * clients registering deals for new customers (conflict check and first-to-register claim included)
 * and conflict checks for customers that exist in the data set, at fixed arrival rates (open model).
 *
 * <pre>./mvnw -B -Pgatling compile gatling:test -Dgatling.simulationClass=org.openprm.load.DealRegistrationSimulation -Drate=300 -DcheckRate=300 -Dduration=300</pre>
 *
 * {@code rate}: registrations (and ceiling inserts) per second; {@code checkRate}: conflict checks (and
 * ceiling reads) per second, default the same. Fails (Gatling assertion) unless no request failed, the
 * conflict check's p99 is at most 25 ms and the registration's at most 100 ms.
 */
public class DealRegistrationSimulation extends Simulation {

	private final LoadSettings settings = LoadSettings.fromSystemProperties();

	private final double checkRate = Double.parseDouble(System.getProperty("checkRate", String.valueOf(settings.rate())));

	private final List<Map<String, Object>> partnerTokens = csv(settings.feeder("api-tokens")).readRecords().stream()
		.filter(token -> !String.valueOf(token.get("partnerId")).isEmpty())
		.toList();

	// Within the 5 years the rules allow, and never in the past however long the run.
	private final String closeDate = LocalDate.now().plusDays(90).toString();

	private final ScenarioBuilder ceilingInsert = scenario("Ceiling insert")
		.exec(http("ceiling insert").post("/benchmark/ceiling/rows").check(status().is(201)));

	private final ScenarioBuilder ceilingRead = scenario("Ceiling read")
		.feed(csv(settings.feeder("partners")).random())
		.exec(http("ceiling read").get("/benchmark/ceiling/partners/#{id}").check(status().is(200)));

	private final ScenarioBuilder register = scenario("Partners register deals")
		.feed(listFeeder(partnerTokens).random())
		.feed(csv(settings.feeder("deal-new-customers")).circular())
		.exec(session -> session.set("key", UUID.randomUUID().toString()))
		.exec(http("deal register").post("/api/v1/deal-registrations")
			.header("Authorization", "Bearer #{token}")
			.header("Idempotency-Key", "#{key}")
			.header("Content-Type", "application/json")
			.body(StringBody("""
					{"customer":{"name":"#{name}","domain":"#{domain}","country":"#{country}","city":"#{city}",
					 "postalCode":"#{postalCode}","street":"#{street}","contactEmail":"#{contactEmail}"},
					 "lines":[{"productCode":"SW-24","productName":"Switch 24 port","quantity":10,"unitPrice":1200}],
					 "amount":12000,"currency":"#{currency}","expectedCloseDate":"%s","stage":"PROPOSAL"}""".formatted(closeDate)))
			.check(status().is(201)));

	private final ScenarioBuilder check = scenario("Partners check customers for conflicts")
		.feed(listFeeder(partnerTokens).random())
		.feed(csv(settings.feeder("deal-check-customers")).random())
		.exec(http("conflict check").post("/api/v1/deal-registrations/conflict-check")
			.header("Authorization", "Bearer #{token}")
			.header("Content-Type", "application/json")
			.body(StringBody("""
					{"customer":{"name":"#{name}","domain":"#{domain}","country":"#{country}","city":"#{city}",
					 "postalCode":"#{postalCode}","street":"#{street}"}}"""))
			.check(status().is(200)));

	{
		if (partnerTokens.isEmpty()) {
			throw new IllegalStateException("api-tokens.csv holds no partner tokens: generate with --tokens 1 or more");
		}
		// Each chain: its ceiling phase, then the deal phase at the same rate, on the same running application.
		setUp(arrivals(ceilingInsert, settings.rate()).andThen(arrivals(register, settings.rate())),
				arrivals(ceilingRead, checkRate).andThen(arrivals(check, checkRate)))
			.protocols(http.baseUrl(settings.baseUrl()).acceptLanguageHeader("en").userAgentHeader("OpenPRM load test"))
			.assertions(global().failedRequests().count().is(0L),
					details("conflict check").responseTime().percentile(99.0).lte(25),
					details("deal register").responseTime().percentile(99.0).lte(100));
	}

	private PopulationBuilder arrivals(ScenarioBuilder scenario, double perSecond) {
		return scenario.injectOpen(constantUsersPerSec(perSecond).during(Duration.ofSeconds(settings.durationSeconds()))
			.randomized());
	}
}
