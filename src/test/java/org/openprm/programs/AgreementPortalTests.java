package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

import tools.jackson.databind.JsonNode;

/**
 * The portal side of agreements: a pending gating agreement keeps a partner's users on /agreements until
 * an admin accepts it; the API stays open for integrations.
 */
class AgreementPortalTests extends AgreementTestSupport {

	@Test
	void aPendingGatingAgreementSendsEveryPortalPageToTheAgreementsUntilItIsAccepted() {
		Fixture fixture = fixture("MT", true);
		BrowserSession admin = BrowserSession.signIn(baseUrl(), fixture.admin().email(), fixture.admin().password());

		for (String page : new String[] { "/", "/deals", "/partners/" + fixture.partnerId(), "/settings" }) {
			BrowserSession.Page answer = admin.get(page);
			assertThat(answer.status()).as(page).isEqualTo(302);
			assertThat(answer.location()).as(page).endsWith("/agreements");
		}
		assertThat(admin.get("/agreements").body()).contains("agreements-gate").contains(fixture.partnerName());
		assertThat(admin.get("/webjars/bootstrap/css/bootstrap.min.css").status()).isEqualTo(200);
		assertThat(get("/api/v1/partners/" + fixture.partnerId(), fixture.adminToken()).status())
			.as("the API is not gated").isEqualTo(200);

		JsonNode pending = agreementOf(fixture);
		BrowserSession.Page accepted = admin.submit("/agreements",
				"/agreements/" + pending.get("version").get("id").asString() + "/accept", Map.of("fullName", "Malta Admin"));

		assertThat(accepted.status()).isEqualTo(302);
		assertThat(admin.get("/").status()).as("the portal is open again").isEqualTo(200);
		assertThat(agreementOf(fixture).get("acceptance").get("fullName").asString()).isEqualTo("Malta Admin");
	}

	@Test
	void anEmptyNameShowsAnErrorNextToTheFieldAndAcceptsNothing() {
		Fixture fixture = fixture("MT", false);
		BrowserSession admin = BrowserSession.signIn(baseUrl(), fixture.admin().email(), fixture.admin().password());
		String versionId = agreementOf(fixture).get("version").get("id").asString();

		BrowserSession.Page refused = admin.submit("/agreements", "/agreements/" + versionId + "/accept",
				Map.of("fullName", ""));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid").contains("invalid-feedback");
		assertThat(agreementOf(fixture).get("acceptance").isNull()).isTrue();
	}

	@Test
	void vendorStaffPreviewATemplateAndSeeTheAcceptanceHistory() {
		Fixture fixture = fixture("MT", false);
		post(fixture.acceptPath(agreementOf(fixture)), fixture.adminToken(), Map.of("fullName", "Malta Admin"));
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);

		BrowserSession.Page preview = vendor.submit("/agreements/templates", "/agreements/templates/preview",
				Map.of("body", "Dear {{partnerName}}"));

		assertThat(preview.body()).contains("Dear Example Partner Ltd");
		assertThat(vendor.get("/agreements/templates/" + fixture.templateId()).body()).contains("NDA " + fixture.kind());
		assertThat(vendor.get("/agreements/acceptances").body()).contains(fixture.partnerName()).contains("Malta Admin");
		assertThat(vendor.get("/agreements/acceptances/export.csv").body()).contains(fixture.partnerName());
	}
}
