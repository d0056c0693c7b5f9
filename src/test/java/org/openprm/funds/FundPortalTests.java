package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

/** The portal's funds forms: targets chosen from lists, errors next to the field, nothing stored on bad input. */
class FundPortalTests extends FundTestSupport {

	private static Map<String, String> fundForm(String name, String target) {
		Map<String, String> form = new HashMap<>();
		form.put("name", name);
		form.put("periodStart", LocalDate.now().minusDays(1).toString());
		form.put("periodEnd", LocalDate.now().plusDays(90).toString());
		form.put("currency", "EUR");
		form.put("amount", "5000");
		form.put("target", target);
		return form;
	}

	private long funds() {
		return jdbc.sql("SELECT COUNT(*) FROM funds").query(Long.class).single();
	}

	@Test
	void theVendorChoosesAPartnerFromAListAndARegionByCountryCodes() {
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		String northwind = partnerId("Northwind Systems");
		assertThat(vendor.get("/funds").body()).contains("name=\"target\"").contains("Northwind Systems");

		Map<String, String> forPartner = fundForm(unique("Portal partner fund"), "PARTNER");
		forPartner.put("partnerId", northwind);
		forPartner.put("region", "DE");
		Map<String, String> forRegion = fundForm(unique("Portal DACH"), "REGION");
		forRegion.put("region", "de, at ch");
		forRegion.put("partnerId", northwind);

		assertThat(vendor.submit("/funds", "/funds", forPartner).status()).isEqualTo(302);
		assertThat(vendor.submit("/funds", "/funds", forRegion).status()).isEqualTo(302);

		assertThat(jdbc.sql("SELECT target_kind FROM funds WHERE name = ?").param(forPartner.get("name"))
			.query(String.class).single()).isEqualTo("PARTNER");
		assertThat(jdbc.sql("SELECT region_countries FROM funds WHERE name = ? AND partner_id IS NULL")
			.param(forRegion.get("name")).query(String.class).single()).isEqualTo("DE,AT,CH");
	}

	@Test
	void aChosenTargetWithoutItsChoiceOrWithAnUnknownCountryShowsTheErrorNextToTheFieldAndStoresNothing() {
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		long before = funds();

		BrowserSession.Page noTier = vendor.submit("/funds", "/funds", fundForm(unique("No tier"), "TIER"));
		Map<String, String> badRegion = fundForm(unique("Bad region"), "REGION");
		badRegion.put("region", "DE, XX");
		BrowserSession.Page unknownCountry = vendor.submit("/funds", "/funds", badRegion);

		assertThat(noTier.status()).isEqualTo(200);
		assertThat(noTier.body()).containsPattern("id=\"tierId\"[^>]*is-invalid|is-invalid[^>]*id=\"tierId\"");
		assertThat(unknownCountry.status()).isEqualTo(200);
		assertThat(unknownCountry.body()).containsPattern("id=\"region\"[^>]*is-invalid|is-invalid[^>]*id=\"region\"")
			.contains("ISO 3166");
		assertThat(funds()).isEqualTo(before);
	}
}
