package org.openprm.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

/**
 * The lead pages as HTML: the partner's inbox and home counts, the lead page with the partner's
 * actions and without other partners' names, and vendor staff's explanation, history, funnel and
 * simulation; the new-lead form shows errors next to the fields.
 */
class LeadPortalTests extends LeadTestSupport {

	@Test
	void aPartnerSeesItsNewLeadInTheInboxAndOnTheHomePageButNoOtherPartnerInTheExplanation() {
		String capability = capability();
		String near = activePartner("Inbox Near", capability, 52.4, 13.3);
		activePartner("Inbox Far", capability, 48.1, 11.6);
		Person person = newPerson(near, "PARTNER_ADMIN");
		String company = company("Inboxed");
		String id = post(LEADS, tokenFor(ADMIN), lead(company, capability)).json().get("id").asString();

		BrowserSession partner = BrowserSession.signIn(baseUrl(), person.email(), person.password());
		assertThat(partner.get("/leads").body()).contains(company).contains("accept by");
		assertThat(partner.get("/leads/summary").body()).contains("id=\"count-new\">1<");
		String page = partner.get("/leads/" + id).body();
		assertThat(page).contains(company).contains("accept-lead").contains("decline-lead").contains("Why this partner")
			.doesNotContain("Inbox Far").doesNotContain("lead-history").doesNotContain("assign-lead");

		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);
		assertThat(vendor.get("/leads/" + id).body()).contains("Inbox Far").contains("lead-history")
			.contains("assign-lead");
		assertThat(vendor.get("/leads").body()).contains(company);
		assertThat(vendor.get("/leads/funnel").body()).contains("stage-received").contains("By partner");
		assertThat(vendor.get("/leads/simulation?run=true&status=OFFERED").body()).contains("simulation-result");
	}

	@Test
	void theNewLeadFormShowsWhatIsWrongNextToTheField() {
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);

		BrowserSession.Page answer = vendor.submit("/leads/new", "/leads", Map.of("company", "", "country", "Germany",
				"email", "nope"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("is-invalid").contains("two-letter ISO country code");
		assertThat(BrowserSession.signIn(baseUrl(), BOB, PASSWORD).get("/leads/new").status()).isEqualTo(404);
	}
}
