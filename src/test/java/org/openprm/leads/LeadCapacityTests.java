package org.openprm.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

/**
 * Lead capacity in the portal: vendor staff set a partner's capacity and the most its admin may set, see
 * who is overloaded, and the partner's admin adjusts the capacity within that maximum, with the error
 * beside the field when it asks for more.
 */
class LeadCapacityTests extends LeadTestSupport {

	@Test
	void vendorStaffCapAPartnerWhichThenShowsAsOverloadedAndItsAdminRaisesTheCapacityWithinTheMaximum() {
		String capability = capability();
		String partner = activePartner("Capacity Co", capability, 52.5, 13.4);
		Person admin = newPerson(partner, "PARTNER_ADMIN");
		Person user = newPerson(partner, "PARTNER_USER");
		String page = "/partners/" + partner + "/lead-capacity";

		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);
		BrowserSession.Page saved = vendor.submit(page, page, Map.of("capacity", "1", "maximum", "3"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(vendor.get(page).body()).contains("id=\"current-capacity\">1<").contains("id=\"current-maximum\">3<")
			.doesNotContain("id=\"overloaded\"");

		String lead = post(LEADS, tokenFor(ADMIN), lead(company("Capped"), capability)).json().get("assignedPartnerId")
			.asString();
		assertThat(lead).isEqualTo(partner);
		assertThat(vendor.get(page).body()).contains("id=\"open-leads\">1<").contains("id=\"overloaded\"");
		assertThat(vendor.get("/leads/capacity").body()).contains("Capacity Co").contains("Overloaded");
		assertThat(get("/api/v1/leads/capacity?size=200", tokenFor(ADMIN)).json().get("items").valueStream()
			.filter(l -> l.get("partnerId").asString().equals(partner)).findFirst().orElseThrow()
			.get("overloaded").asBoolean()).isTrue();

		BrowserSession partnerAdmin = BrowserSession.signIn(baseUrl(), admin.email(), admin.password());
		assertThat(partnerAdmin.get("/leads/capacity").location()).endsWith(page);
		BrowserSession.Page tooMany = partnerAdmin.submit(page, page, Map.of("capacity", "5"));
		assertThat(tooMany.status()).isEqualTo(200);
		assertThat(tooMany.body()).contains("is-invalid").contains("must be between 0 and 3");
		BrowserSession.Page notANumber = partnerAdmin.submit(page, page, Map.of("capacity", "many"));
		assertThat(notANumber.body()).contains("is-invalid").contains("must be a whole number");
		partnerAdmin.submit(page, page, Map.of("capacity", "3", "maximum", "100"));
		assertThat(partnerAdmin.get(page).body()).contains("id=\"current-capacity\">3<").contains("id=\"current-maximum\">3<")
			.doesNotContain("id=\"overloaded\"");

		BrowserSession partnerUser = BrowserSession.signIn(baseUrl(), user.email(), user.password());
		assertThat(partnerUser.get(page).body()).contains("id=\"current-capacity\">3<").doesNotContain("capacity-form");
		assertThat(BrowserSession.signIn(baseUrl(), BOB, PASSWORD).get(page).status()).isEqualTo(404);
	}
}
