package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

/**
 * A Prometheus server scrapes {@code /actuator/prometheus} with the configured scrape token
 * ({@code prm.metrics.scrape-token}, set in the test profile) and finds latency histograms per endpoint.
 */
class MetricsScrapeTests extends ApiTestSupport {

	private static final String SCRAPE_TOKEN = "test-scrape-token-0123456789";

	@Test
	void aScrapeWithTheTokenShowsLatencyHistogramsPerEndpoint() {
		assertThat(get("/api/v1/partners?size=5", tokenFor(ADMIN)).status()).isEqualTo(200);

		Response scrape = get("/actuator/prometheus", SCRAPE_TOKEN);

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.header("Content-Type")).startsWith("text/plain");
		List<String> buckets = scrape.body().lines()
			.filter(line -> line.startsWith("http_server_requests_seconds_bucket{") && line.contains("method=\"GET\"")
					&& line.contains("status=\"200\"") && line.contains("uri=\"/api/v1/partners\""))
			.toList();
		assertThat(buckets).as("enough buckets for p95 and p99").hasSizeGreaterThan(20);
		assertThat(buckets).anySatisfy(line -> assertThat(line).matches(".*le=\"0\\.0[0-9]+\"} [0-9.E]+"));
		assertThat(buckets).anySatisfy(line -> assertThat(line).matches(".*le=\"\\+Inf\"} [1-9][0-9.E]*"));
	}

	@Test
	void aScrapeWithoutOrWithAWrongTokenIsRefused() {
		Response anonymous = get("/actuator/prometheus", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(anonymous.json().get("requestId").asString()).isEqualTo(anonymous.header("X-Request-Id"));

		assertThat(get("/actuator/prometheus", "test-scrape-token-wrong-123").status()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", tokenFor(ADMIN)).status()).as("an API token is no scrape token")
			.isEqualTo(401);
		assertThat(send("GET", "/actuator/prometheus", null, null, Map.of("Authorization", "Basic " + SCRAPE_TOKEN))
			.status()).isEqualTo(401);
	}

	@Test
	void theScrapeTokenOpensNothingButTheMetrics() {
		assertThat(get("/api/v1/partners", SCRAPE_TOKEN).status()).isEqualTo(401);
		Response info = get("/actuator/info", SCRAPE_TOKEN);
		assertThat(info.status()).as("the UI chain sends it to the login page").isEqualTo(302);
	}

	@Test
	void aSignedInVendorAdminCannotReadTheMetricsWithoutTheToken() {
		BrowserSession admin = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);

		assertThat(admin.get("/actuator/prometheus").status()).isEqualTo(401);
	}
}
