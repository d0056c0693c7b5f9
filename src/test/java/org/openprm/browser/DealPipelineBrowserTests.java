package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;

/**
 * A partner's pipeline in the portal: the list filtered as typed, the export holding exactly the deals
 * listed and only its own, and the weighted forecast of its open deals.
 */
class DealPipelineBrowserTests extends BrowserSupport {

	@Test
	void aPartnerExportsTheDealsItFilteredAndNoOneElses() throws IOException {
		String word = "Pipe" + UUID.randomUUID().toString().substring(0, 6);
		register(tokenFor(ALICE), word + " Alpha GmbH", word.toLowerCase() + "-alpha.com");
		register(tokenFor(ALICE), word + " Beta GmbH", word.toLowerCase() + "-beta.com");
		register(tokenFor(BOB), word + " Gamma GmbH", word.toLowerCase() + "-gamma.com");

		signIn(page, ALICE);
		page.navigate(url("/deals"));
		page.locator("#q").pressSequentially(word + " Alpha");
		assertThat(page.locator("#results")).containsText(word + " Alpha GmbH");
		assertThat(page.locator("#results")).not().containsText(word + " Beta GmbH");

		Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
		List<CSVRecord> rows;
		try (Reader csv = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
			rows = parser.getRecords();
		}
		assertThat(rows).extracting(row -> row.get("customer")).containsExactly(word + " Alpha GmbH");

		page.navigate(url("/deals"));
		page.locator("#q").pressSequentially(word);
		assertThat(page.locator("#results")).containsText(word + " Beta GmbH");
		Download all = page.waitForDownload(() -> page.locator("#export-csv").click());
		String file = Files.readString(all.path(), StandardCharsets.UTF_8);
		assertThat(file).contains(word + " Alpha GmbH", word + " Beta GmbH").doesNotContain(word + " Gamma GmbH");

		page.locator("#open-forecast").click();
		assertThat(page.locator("main")).containsText("Weighted forecast");
	}

	private void register(String token, String name, String domain) {
		Response registered = post("/api/v1/deal-registrations", token, Map.of("customer",
				Map.of("name", name, "domain", domain, "country", "DE", "city", "Berlin"), "amount", 10000, "currency",
				"EUR", "expectedCloseDate", LocalDate.now().plusMonths(2).toString()));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
	}
}
