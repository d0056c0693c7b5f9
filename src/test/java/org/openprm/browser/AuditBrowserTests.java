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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The vendor admin traces who changed what: a status change appears in the audit trail and in its CSV export.
 */
class AuditBrowserTests extends BrowserSupport {

	@Test
	void statusChangeWithReasonAppearsInTheAuditTrailAndItsCsvExport() throws IOException {
		String partnerId = prospect(unique("Audited Partner"));
		String reason = unique("Reseller agreement signed");

		signIn(page, ADMIN);
		page.navigate(url("/partners/" + partnerId));
		assertThat(page.locator("#partner-status")).hasText("Prospect");
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("ACTIVE");
		page.getByPlaceholder("Reason (optional)").fill(reason);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The status is changed.");
		assertThat(page.locator("#partner-status")).hasText("Active");

		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit")).click();
		page.getByLabel("Action").selectOption("status-changed");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		assertThat(page).hasURL(Pattern.compile(".*/audit\\?.*action=status-changed.*"));

		Locator entry = page.locator("#audit-table tbody tr").filter(new Locator.FilterOptions().setHasText(reason));
		assertThat(entry).hasCount(1);
		assertThat(entry).containsText(ADMIN);
		assertThat(entry).containsText("Status changed");
		Locator statusChange = entry.locator("div").filter(new Locator.FilterOptions().setHasText("status:"));
		assertThat(statusChange.locator(".text-decoration-line-through")).hasText("PROSPECT");
		assertThat(statusChange).containsText("→ ACTIVE");

		Download download = page.waitForDownload(() -> page.locator("#audit-export").click());
		assertThat(download.suggestedFilename()).isEqualTo("audit.csv");
		List<CSVRecord> exported = records(download);
		assertThat(exported).isNotEmpty().allSatisfy(row -> assertThat(row.get("action")).isEqualTo("status-changed"));
		assertThat(exported).filteredOn(row -> row.get("subjectId").equals(partnerId))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("actor")).isEqualTo(ADMIN);
				assertThat(row.get("changes")).contains("PROSPECT", "ACTIVE", reason);
			});
	}

	private String prospect(String name) {
		Response created = post("/api/v1/partners", tokenFor(ADMIN),
				Map.of("name", name, "type", "RESELLER", "country", "DE"));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static List<CSVRecord> records(Download download) throws IOException {
		try (Reader csv = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
			return parser.getRecords();
		}
	}
}
