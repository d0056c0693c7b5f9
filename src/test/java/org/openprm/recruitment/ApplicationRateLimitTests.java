package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.RateLimitedApplication;
import org.openprm.web.BrowserSession;

/**
 * The public application form and API share a budget per client address (two per hour here): beyond
 * it, 429 with Retry-After, and nothing is stored.
 */
@RateLimitedApplication
class ApplicationRateLimitTests extends RecruitmentTestSupport {

	@Test
	void applicationsBeyondTheLimitPerClientAreRefusedAndAnotherClientStillApplies() {
		Map<String, String> client = Map.of("X-Forwarded-For", "203.0.113.40");
		for (int i = 0; i < 2; i++) {
			assertThat(send("POST", APPLICATIONS, null, json.writeValueAsString(application(company("Limited"))), client)
				.status()).isEqualTo(201);
		}

		Response refused = send("POST", APPLICATIONS, null, json.writeValueAsString(application(company("Limited"))), client);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotNull();
		assertThat(refused.json().get("type").asString()).isEqualTo("https://openprm.org/problems/rate-limited");
		assertThat(send("POST", APPLICATIONS, null, json.writeValueAsString(application(company("Other"))),
				Map.of("X-Forwarded-For", "203.0.113.41")).status()).isEqualTo(201);
	}

	@Test
	void theFormBeyondTheLimitShowsTheFormAgainWithHowLongToWait() {
		BrowserSession visitor = BrowserSession.anonymous(baseUrl()).withHeader("X-Forwarded-For", "203.0.113.42")
			.withHeader("Accept-Language", "en");
		for (int i = 0; i < 2; i++) {
			assertThat(visitor.submit("/apply", "/apply", form(company("Form limited"))).location()).endsWith("/apply/thanks");
		}

		String company = company("Form refused");
		BrowserSession.Page refused = visitor.submit("/apply", "/apply", form(company));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many applications from your address").contains("action=\"/apply\"");
		assertThat(get(APPLICATIONS + "?size=200", tokenFor(ADMIN)).body()).doesNotContain(company);
	}

	private static Map<String, String> form(String company) {
		return Map.of("company", company, "country", "DE", "regions", "DACH", "partnerType", "RESELLER", "contactName",
				"Pat", "contactEmail", "pat@form-limited.example", "consent", "true");
	}
}
