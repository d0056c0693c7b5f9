package org.openprm.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The ceiling the portal mix is compared with: the same arrival rate and read/write split (nine reads to
 * one write), each request one plain read of a partner row by id or one plain insert, through the
 * application's connection pool (OpenPRM started with {@code --prm.benchmark.ceiling-endpoints=true}).
 *
 * <pre>./mvnw -B -Pgatling compile gatling:test -Dgatling.simulationClass=org.openprm.load.CeilingSimulation -Drate=200 -Dduration=60</pre>
 */
public class CeilingSimulation extends Simulation {

	private final LoadSettings settings = LoadSettings.fromSystemProperties();

	private final ScenarioBuilder ceiling = scenario("Ceiling: plain JDBC through the same pool")
		.feed(csv(settings.feeder("partners")).random())
		.exec(randomSwitch().on(
				percent(90.0).then(http("ceiling read").get("/benchmark/ceiling/partners/#{id}").check(status().is(200))),
				percent(10.0).then(http("ceiling insert").post("/benchmark/ceiling/rows").check(status().is(201)))));

	{
		setUp(ceiling.injectOpen(constantUsersPerSec(settings.rate()).during(Duration.ofSeconds(settings.durationSeconds()))
			.randomized()))
			.protocols(http.baseUrl(settings.baseUrl()).userAgentHeader("OpenPRM load test"))
			.assertions(global().failedRequests().count().is(0L));
	}
}
