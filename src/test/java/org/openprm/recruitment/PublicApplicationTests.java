package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The public "become a partner" form and API: without a login, with field errors, consent, honeypot
 * and a confirmation mail to the contact.
 */
class PublicApplicationTests extends RecruitmentTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicantWithoutLoginAppliesThroughTheApiAndGetsAConfirmationMail() {
		String company = company("Fabrikam Networks");
		Map<String, Object> body = application(company);

		String id = submitted(body);

		assertThat(mailTo((String) body.get("contactEmail"), "We received the application of " + company))
			.contains("thank you for applying");
		JsonNode stored = get(APPLICATIONS + "/" + id, tokenFor(CAM)).json();
		assertThat(stored.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(stored.get("consentText").asString()).contains("I agree that Acme Networks stores the data");
		assertThat(stored.get("regions").get(0).asString()).isEqualTo("DACH");
	}

	@Test
	void anApplicationWithoutConsentOrWithBadFieldsIsRefusedFieldByFieldAndNothingIsStored() {
		String company = company("Careless");
		Response refused = post(APPLICATIONS, null, with(with(with(application(company), "consent", false),
				"contactEmail", "not-an-address"), "website", "http://"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("consent").contains("contactEmail").contains("website");
		assertThat(count(company)).isZero();
	}

	@Test
	void aFilledHoneypotIsAnsweredLikeAnyApplicationButNotStored() {
		String company = company("Spambot");
		Response answered = post(APPLICATIONS, null, with(application(company), "nickname", "buy cheap watches"));

		assertThat(answered.status()).isEqualTo(201);
		assertThat(get(APPLICATIONS + "/" + answered.json().get("id").asString(), tokenFor(ADMIN)).status()).isEqualTo(404);
		assertThat(count(company)).isZero();
	}

	@Test
	void theFormShowsErrorsNextToTheFieldsAndKeepsWhatWasEntered() {
		BrowserSession visitor = BrowserSession.anonymous(baseUrl());
		String company = company("Formfill");

		BrowserSession.Page page = visitor.submit("/apply", "/apply", Map.of("company", company, "country", "DE",
				"regions", "DACH", "partnerType", "RESELLER", "contactName", "Pat", "contactEmail", "pat@formfill.example"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("please agree so that we may process your application").contains(company)
			.contains("is-invalid");
		assertThat(count(company)).isZero();
	}

	@Test
	void theFormAcceptsAnApplicationAndSaysThankYou() {
		BrowserSession visitor = BrowserSession.anonymous(baseUrl());
		String company = company("Formdone");

		BrowserSession.Page page = visitor.submit("/apply", "/apply", Map.of("company", company, "country", "de",
				"regions", "DACH, EMEA", "partnerType", "MSP", "contactName", "Pat", "contactEmail",
				"pat@formdone.example", "consent", "true", "nickname", ""));

		assertThat(page.location()).endsWith("/apply/thanks");
		assertThat(count(company)).isEqualTo(1);
		assertThat(mailTo("pat@formdone.example", company)).contains("We received the application of " + company);
	}

	@Test
	void theLoginPageLinksToTheApplicationForm() {
		assertThat(BrowserSession.anonymous(baseUrl()).get("/login").body()).contains("href=\"/apply\"");
	}

	@Test
	void aPartnerUserCannotUseTheApplicationApiAtAll() {
		String company = company("Partner Sent");
		Response refused = post(APPLICATIONS, tokenFor(ALICE), application(company));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(count(company)).isZero();
	}

	private long count(String company) {
		return jdbc.sql("SELECT COUNT(*) FROM partner_applications WHERE company = ?").param(company).query(Long.class)
			.single();
	}
}
