package org.openprm.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

/**
 * The vendor's CSV import page (file, column mapping, per-row report) and the funnel for a period, in the
 * portal and the API.
 */
class LeadImportPageTests extends LeadTestSupport {

	@Test
	void aVendorImportsAFileWithItsOwnHeadersAndSeesWhichRowWasRefusedAndWhy() {
		String capability = capability();
		String good = company("Imported");
		String csv = "Firma,Land,E-Mail,Interesse\n" + good + ",DE,buyer@imported.example," + capability + "\n"
				+ company("Refused") + ",Germany,not-an-address," + capability + "\n";
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);

		BrowserSession.Page report = vendor.submitFile("/leads/import", "/leads/import",
				Map.of("mapping", "Firma=company\nLand=country, E-Mail=email\nInteresse=productInterest"), "file",
				"leads.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(report.status()).isEqualTo(200);
		assertThat(report.body()).contains("id=\"import-summary\">2 rows read, 1 received, ")
			.contains("id=\"import-problems\"").contains("<td>2</td><td>country</td>")
			.contains("<td>2</td><td>email</td>");
		assertThat(get(LEADS + "?q=" + good.replace(" ", "%20"), tokenFor(ADMIN)).body()).contains(good);
	}

	@Test
	void theImportPageAsksForAFileAndExplainsABadMappingAndPartnersCannotReachIt() {
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);

		BrowserSession.Page noFile = vendor.submit("/leads/import", "/leads/import", Map.of("mapping", ""));
		assertThat(noFile.body()).contains("id=\"file-error\"").contains("Choose a CSV file.");
		BrowserSession.Page badMapping = vendor.submitFile("/leads/import", "/leads/import", Map.of("mapping", "Firma"),
				"file", "leads.csv", "text/csv", "company\nX AG\n".getBytes(StandardCharsets.UTF_8));
		assertThat(badMapping.body()).contains("id=\"mapping-error\"").contains("File header=field")
			.doesNotContain("import-report");

		BrowserSession partner = BrowserSession.signIn(baseUrl(), BOB, PASSWORD);
		assertThat(partner.get("/leads/import").status()).isEqualTo(404);
	}

	@Test
	void theFunnelCountsOnlyTheLeadsReceivedInThePeriodAndRefusesAPeriodThatEndsBeforeItStarts() {
		String capability = capability();
		activePartner("Funnel Co", capability, 52.5, 13.4);
		post(LEADS, tokenFor(ADMIN), lead(company("Funnelled"), capability));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String token = tokenFor(ADMIN);

		long receivedToday = get(LEADS + "/funnel?from=" + today + "&to=" + today, token).json().get("stages")
			.get("received").asLong();
		long receivedLongAgo = get(LEADS + "/funnel?from=2001-01-01&to=2001-12-31", token).json().get("stages")
			.get("received").asLong();
		assertThat(receivedToday).isPositive();
		assertThat(receivedLongAgo).isZero();

		Response backwards = get(LEADS + "/funnel?from=" + today + "&to=" + today.minusDays(1), token);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("\"to\"");
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);
		assertThat(vendor.get("/leads/funnel?from=" + today + "&to=" + today.minusDays(1)).body()).contains("id=\"to-error\"");
		assertThat(vendor.get("/leads/funnel?from=2001-01-01&to=2001-12-31").body()).contains("id=\"stage-received\">0<");
		assertThat(get(LEADS + "/funnel", tokenFor(BOB)).status()).isEqualTo(404);
	}
}
