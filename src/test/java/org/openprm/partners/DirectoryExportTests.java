package org.openprm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

/**
 * The directory export obeys the same filters and the same visibility as the search.
 */
class DirectoryExportTests extends ApiTestSupport {

	@Test
	void theVendorExportsTheFilteredDirectory() {
		List<CSVRecord> rows = export("/api/v1/partners/export?type=DISTRIBUTOR", tokenFor(ADMIN));
		assertThat(rows).extracting(r -> r.get("name")).contains("Distri Europe", "Nordic Distribution");
		assertThat(rows).extracting(r -> r.get("type")).containsOnly("DISTRIBUTOR");
	}

	@Test
	void theExportFollowsTheChosenSortAndRefusesAnUnknownOne() {
		List<String> names = export("/api/v1/partners/export?type=DISTRIBUTOR&sort=name,desc", tokenFor(ADMIN)).stream()
			.map(r -> r.get("name").toLowerCase(java.util.Locale.ROOT))
			.toList();
		assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(get("/api/v1/partners/export?sort=secret", tokenFor(ADMIN)).status()).isEqualTo(400);
	}

	@Test
	void aDistributorExportsOnlyItselfAndItsResellers() {
		List<CSVRecord> rows = export("/api/v1/partners/export", tokenFor(DANA));
		assertThat(rows).extracting(r -> r.get("name")).contains("Distri Europe", "Alpenland IT")
			.doesNotContain("Northwind Systems", "Contoso Networks", "Golden Gate Networks");
		assertThat(rows).allSatisfy(r -> assertThat(
				r.get("name").equals("Distri Europe") || r.get("parent").equals("Distri Europe")).isTrue());
	}

	@Test
	void aPartnerNamedLikeAFormulaIsExportedAsText() {
		String name = "=HYPERLINK(\"http://evil.example\") " + unique("Co");
		assertThat(post("/api/v1/partners", tokenFor(ADMIN), partnerBody(name)).status()).isEqualTo(201);
		List<CSVRecord> rows = export("/api/v1/partners/export?q=hyperlink", tokenFor(ADMIN));
		assertThat(rows).extracting(r -> r.get("name")).contains("'" + name);
	}

	private List<CSVRecord> export(String path, String token) {
		Response response = get(path, token);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/csv");
		try {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(response.body())).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
