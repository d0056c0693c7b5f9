package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

/**
 * The forecast page and the export download in the portal, in English and German.
 */
class DealForecastPageTests extends DealTestSupport {

	@Test
	void theForecastPageShowsTheTableWithItsSelectorsInEnglishAndGerman() {
		String customer = companyName("Page");
		registered(tokenFor(ALICE), registration(customer(customer)));
		BrowserSession admin = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);

		BrowserSession.Page english = admin.get("/deals/forecast?period=quarter&by=country");
		BrowserSession.Page german = admin.get("/deals/forecast?period=quarter&by=country&lang=de");

		assertThat(english.status()).isEqualTo(200);
		assertThat(english.body()).contains("Weighted forecast", "Customer country", "Quarter", "Export XLSX",
				"id=\"forecast-table\"", "-Q");
		assertThat(german.body()).contains("Gewichtete Prognose", "Land des Kunden", "Quartal", "Als XLSX exportieren")
			.doesNotContain("Weighted forecast");
	}

	@Test
	void anUnknownPeriodIsShownAtItsSelector() {
		BrowserSession admin = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);

		BrowserSession.Page page = admin.get("/deals/forecast?period=fortnight");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("is-invalid").contains("must be month or quarter");
	}

	@Test
	void thePortalExportHoldsOnlyThePartnersOwnDeals() {
		String own = companyName("Portal Own");
		String other = companyName("Portal Other");
		registered(tokenFor(ALICE), registration(customer(own)));
		registered(tokenFor(BOB), registration(customer(other)));
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);

		BrowserSession.Page csv = alice.get("/deals/export?format=csv&q=" + URLEncoder.encode("Portal", StandardCharsets.UTF_8));

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).contains(own).doesNotContain(other);
		assertThat(alice.get("/deals/forecast").body()).contains("Weighted forecast");
	}

	@Test
	void everyPipelineLabelHasAGermanTranslation() throws IOException {
		Properties english = bundle("/messages.properties");
		Properties german = bundle("/messages_de.properties");

		assertThat(english.stringPropertyNames()).filteredOn(key -> key.startsWith("pipeline.")).hasSizeGreaterThan(20)
			.allSatisfy(key -> assertThat(german.getProperty(key)).as(key).isNotBlank());
	}

	private static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(DealForecastPageTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
