package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

/**
 * The deal pages as HTML: a partner learns that its customer may be claimed already, never by whom or
 * what, and is offered none of the vendor's decisions; vendor staff see the candidates side by side.
 */
class DealPortalTests extends DealTestSupport {

	@Test
	void partnersDealPageHoldsNoCandidateAndNoDecisionWhileTheVendorsShowsThem() {
		String word = companyName("Zeta").split(" ")[1];
		String domain = word.toLowerCase() + ".com";
		String externalId = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
		String accountName = word + " Holdings AG";
		importAccount(externalId, accountName, domain);
		Map<String, Object> customer = customer(word + " Corporation");
		customer.put("domain", domain);
		String id = registered(tokenFor(BOB), registration(customer));

		String partnerPage = BrowserSession.signIn(baseUrl(), BOB, PASSWORD).get("/deals/" + id).body();
		assertThat(partnerPage).contains(word + " Corporation").contains("may already exist")
			.doesNotContain(accountName).doesNotContain(externalId).doesNotContain("conflict-review")
			.doesNotContain("Direct account").doesNotContain("/approve").doesNotContain("/reject")
			.doesNotContain("/review").doesNotContain("/request-info");

		String vendorPage = BrowserSession.signIn(baseUrl(), CAM, PASSWORD).get("/deals/" + id).body();
		assertThat(vendorPage).contains(accountName).contains(externalId).contains("same domain " + domain)
			.contains("/approve").contains("/reject");
	}

	@Test
	void liveConflictCheckTellsAPartnerOnlyThatTheCustomerMayBeClaimed() {
		String word = companyName("Omikron").split(" ")[1];
		String domain = word.toLowerCase() + ".org";
		String accountName = word + " Industries plc";
		importAccount("CRM-" + word, accountName, domain);
		Map<String, String> typed = Map.of("customer.name", word + " Ind", "customer.domain", domain,
				"customer.country", "DE");

		BrowserSession partner = BrowserSession.signIn(baseUrl(), BOB, PASSWORD);
		String answer = partner.submit("/deals/new", "/deals/conflict-check", typed).body();
		assertThat(answer).contains("may already exist").doesNotContain(accountName).doesNotContain("CRM-")
			.doesNotContain("score");

		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);
		assertThat(vendor.submit("/deals/new", "/deals/conflict-check", typed).body()).contains(accountName)
			.contains("same domain " + domain);
	}

	@Test
	void theSameRegisterFormSentTwiceRegistersOnceAndShowsTheFirstRegistration() {
		String word = companyName("Twice").split(" ")[1];
		String domain = word.toLowerCase() + "-resent.com";
		String token = UUID.randomUUID().toString();
		Map<String, String> form = Map.of("formToken", token, "customer.name", word + " GmbH", "customer.domain", domain,
				"customer.country", "DE", "lines[0].productCode", "SW-24", "lines[0].quantity", "2", "currency", "EUR",
				"expectedCloseDate", java.time.LocalDate.now().plusMonths(2).toString(), "stage", "QUALIFICATION",
				"action", "submit");
		BrowserSession partner = BrowserSession.signIn(baseUrl(), BOB, PASSWORD);

		BrowserSession.Page first = partner.submit("/deals/new", "/deals", form);
		BrowserSession.Page again = partner.submit("/deals/new", "/deals", form);

		assertThat(first.status()).as(first.body()).isEqualTo(302);
		assertThat(first.location()).matches(".*/deals/[0-9a-f-]{36}$");
		assertThat(again.location()).as("the re-sent form leads to the first registration").isEqualTo(first.location());
		assertThat(get("/api/v1/deal-registrations?q=" + domain, tokenFor(BOB)).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void vendorAssignsFulfilmentToAnotherPartnerAndTheRegisteringPartnerKeepsItsCredit() {
		String id = registered(tokenFor(BOB), registration(customer(companyName("Fulfil"))));
		String northwind = partnerId("Northwind Systems");
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);

		BrowserSession.Page added = vendor.submit("/deals/" + id, "/deals/" + id + "/credits",
				Map.of("creditPartnerId", northwind, "creditRole", "FULFILLING"));

		assertThat(added.status()).as(added.body()).isEqualTo(302);
		assertThat(get("/api/v1/deal-registrations/" + id, tokenFor(ADMIN)).json().get("credits").toString())
			.contains("\"REGISTERED\"").contains(northwind).contains("\"FULFILLING\"");
		assertThat(vendor.get("/deals/" + id).body()).contains("Northwind Systems").contains("Fulfilling");
		String partnerPage = BrowserSession.signIn(baseUrl(), BOB, PASSWORD).get("/deals/" + id).body();
		assertThat(partnerPage).as("the registering partner sees its credit, not who fulfils")
			.contains("Registered (referral credit)").doesNotContain("Northwind Systems");
		assertThat(get("/api/v1/deal-registrations/" + id, tokenFor(BOB)).body()).as("the partner's API view")
			.doesNotContain(northwind);
		assertThat(get("/api/v1/deal-registrations/" + id + "/timeline", tokenFor(BOB)).body())
			.as("the timeline shows the roles").contains("FULFILLING").doesNotContain(northwind);
		// Bob's own refused attempts name the ids he tried himself (other tests try Northwind's): not a leak.
		assertThat(get("/api/v1/audit/export", tokenFor(BOB)).body().lines().filter(line -> !line.contains(",denied,denied,")))
			.as("the partner admin's audit trail").noneMatch(line -> line.contains(northwind));
	}

	private void importAccount(String externalId, String name, String domain) {
		String csv = "external_id,name,domain,country,city,postal_code,street,phone\n" + externalId + "," + name + ","
				+ domain + ",DE,Hamburg,20095,Jungfernstieg 1,\n";
		Response imported = send("POST", "/api/v1/accounts/import", tokenFor(ADMIN), csv, Map.of("Content-Type", "text/csv"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
	}
}
