package org.openprm.deals.matching;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The company-name matching benchmark beside the project ({@code ../shared/benchmarks/matching/}): organisations
 * named in patent records, with the hand-checked ground truth of which are the same organisation. It
 * stays outside the repository; {@code matching.data-dir} points at it.
 */
record BenchmarkCompanies(List<Company> companies) {

	static final String DATA_DIR_PROPERTY = "matching.data-dir";

	/** One record: its id, the name as written in the patent, and the organisation it really is. */
	record Company(String personId, String name, String organisation) {

		UUID id() {
			return UUID.nameUUIDFromBytes(personId.getBytes(StandardCharsets.UTF_8));
		}
	}

	static BenchmarkCompanies load() throws IOException {
		Path dir = Path.of(System.getProperty(DATA_DIR_PROPERTY, "../shared/benchmarks/matching"));
		Path input = dir.resolve("patstat_input.csv");
		if (!Files.isRegularFile(input)) {
			throw new IllegalStateException("Benchmark data not found: " + input.toAbsolutePath()
					+ " (set -D" + DATA_DIR_PROPERTY + "=...)");
		}
		Map<String, String> organisationOf = new HashMap<>();
		for (CSVRecord row : rows(dir.resolve("patstat_reference.csv"))) {
			organisationOf.put(row.get("person_id"), row.get("leuven_id"));
		}
		List<Company> companies = rows(input).stream()
			.map(row -> new Company(row.get("person_id"), row.get("Name"), organisationOf.get(row.get("person_id"))))
			.toList();
		return new BenchmarkCompanies(companies);
	}

	private static List<CSVRecord> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	/** Unordered pairs of records of the same organisation. */
	long truePairs() {
		Map<String, Long> sizes = new HashMap<>();
		companies.forEach(company -> sizes.merge(company.organisation(), 1L, Long::sum));
		return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
	}
}
