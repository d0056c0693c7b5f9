package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * The directory's CSV export follows the filters the user set with htmx, without reloading the page.
 */
class DirectoryExportBrowserTests extends BrowserSupport {

	@Test
	void theExportOfADirectoryFilteredToDistributorsContainsOnlyDistributors() throws IOException {
		String distributor = unique("Export Distributor");
		String reseller = unique("Export Reseller");
		createPartner(distributor, "DISTRIBUTOR");
		createPartner(reseller, "RESELLER");

		signIn(page, ADMIN);
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partners").setExact(true))
			.click();
		assertThat(page).hasURL(url("/partners"));
		page.locator("#type").selectOption("DISTRIBUTOR");

		assertThat(page).hasURL(Pattern.compile(".*/partners\\?.*type=DISTRIBUTOR.*"));
		Locator typeCells = page.locator("#partner-table tbody tr td:nth-child(2)");
		assertThat(typeCells.filter(new Locator.FilterOptions().setHasNotText("Distributor"))).hasCount(0);
		assertThat(typeCells.first()).hasText("Distributor");
		Locator export = page.locator("#directory-export");
		assertThat(export).hasText("Export CSV");
		assertThat(export).hasAttribute("href", Pattern.compile(".*type=DISTRIBUTOR.*"));

		Download download = page.waitForDownload(export::click);
		assertThat(download.suggestedFilename()).isEqualTo("partners.csv");
		List<CSVRecord> rows;
		List<String> header;
		try (Reader csv = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
			header = parser.getHeaderNames();
			rows = parser.getRecords();
		}

		assertThat(header).contains("name", "type", "country");
		assertThat(rows).extracting(row -> row.get("type")).isNotEmpty().containsOnly("DISTRIBUTOR");
		assertThat(rows).extracting(row -> row.get("name"))
			.contains(distributor, "Distri Europe", "Pacific Channel Supply", "Nordic Distribution")
			.doesNotContain(reseller, "Northwind Systems");
	}

	private void createPartner(String name, String type) {
		Map<String, Object> body = partnerBody(name);
		body.put("type", type);
		Response created = post("/api/v1/partners", tokenFor(ADMIN), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}
}
