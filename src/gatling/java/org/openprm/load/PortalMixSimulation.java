package org.openprm.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The portal mix at a fixed arrival rate (open model): partner users signing in and browsing and
 * searching the directory, vendor staff searching, API clients reading and writing with tokens.
 * Shares of all requests: partner pages 40%, vendor pages 15%, API reads 35%, API writes 10%.
 * A portal visitor signs in once and then goes round the directory {@code -DroundsPerSignIn} times
 * (default 5: 33 requests for a partner user, 23 for vendor staff), so about one request in 54 is a
 * sign-in; {@code -DroundsPerSignIn=1} gives the sign-in-heavy mix of the first runs.
 *
 * <pre>./mvnw -B -Pgatling compile gatling:test -Dgatling.simulationClass=org.openprm.load.PortalMixSimulation -Drate=200 -Dduration=300</pre>
 *
 * Fails (Gatling assertion) unless p99 &lt; 100 ms, no request failed and the rate was held.
 */
public class PortalMixSimulation extends Simulation {

	private final LoadSettings settings = LoadSettings.fromSystemProperties();

	private final PortalJourneys journeys = new PortalJourneys(settings);

	private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
		.acceptLanguageHeader("en")
		.userAgentHeader("OpenPRM load test");

	{
		setUp(arrivals(journeys.partnerBrowsing(), 0.40, journeys.partnerBrowsingRequests()),
				arrivals(journeys.vendorSearching(), 0.15, journeys.vendorSearchingRequests()),
				arrivals(journeys.apiReading(), 0.35, PortalJourneys.API_READING_REQUESTS),
				arrivals(journeys.apiCreating(), 0.05, PortalJourneys.API_CREATING_REQUESTS),
				arrivals(journeys.apiProfileEditing(), 0.05, PortalJourneys.API_PROFILE_REQUESTS))
			.protocols(protocol)
			.assertions(global().responseTime().percentile(99.0).lt(100), global().failedRequests().count().is(0L),
					global().requestsPerSec().gte(settings.rate() * 0.95));
	}

	/** New users per second for a journey, so that its requests make up {@code share} of the rate. */
	private PopulationBuilder arrivals(ScenarioBuilder journey, double share, double requestsPerJourney) {
		return journey.injectOpen(constantUsersPerSec(settings.rate() * share / requestsPerJourney)
			.during(Duration.ofSeconds(settings.durationSeconds()))
			.randomized());
	}
}
