package org.openprm.deals;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openprm.deals.domain.JdbcMatchIndex;
import org.openprm.deals.matching.CustomerDescription;
import org.openprm.deals.matching.RecordKind;
import org.openprm.identity.Visibility;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's direct accounts, opportunities and named accounts, imported from the CRM by CSV and
 * upserted by their CRM id. Each row enters the conflict index in the same transaction, so the next
 * conflict check sees it. Vendor staff only.
 */
@Service
@Transactional
public class CustomerAccounts {

	public static final List<String> HEADER = List.of("external_id", "name", "domain", "country", "city",
			"postal_code", "street", "phone");

	private static final String TYPE = "Account";

	private final JdbcClient jdbc;

	private final JdbcMatchIndex index;

	private final Visibility visibility;

	private final Clock clock;

	CustomerAccounts(JdbcClient jdbc, JdbcMatchIndex index, Visibility visibility, Clock clock) {
		this.jdbc = jdbc;
		this.index = index;
		this.visibility = visibility;
		this.clock = clock;
	}

	public ImportReport importCsv(AccountKind kind, Reader csv) {
		visibility.requireVendor(TYPE, "import");
		int created = 0;
		int updated = 0;
		List<ImportReport.RowError> errors = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(csv)) {
			List<String> missing = HEADER.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
			if (!missing.isEmpty()) {
				throw InvalidInput.of("body", "the CSV header lacks " + missing + "; expected " + String.join(",", HEADER),
						"csv.header");
			}
			for (CSVRecord row : parser) {
				List<ImportReport.RowError> rowErrors = check(row);
				if (!rowErrors.isEmpty()) {
					errors.addAll(rowErrors);
				}
				else if (upsert(kind, row)) {
					created++;
				}
				else {
					updated++;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw InvalidInput.of("body", "is not readable as CSV: " + ex.getMessage(), "csv.header");
		}
		return new ImportReport(created, updated, errors);
	}

	private static List<ImportReport.RowError> check(CSVRecord row) {
		List<ImportReport.RowError> errors = new ArrayList<>();
		long number = row.getRecordNumber();
		if (!row.isConsistent()) {
			errors.add(new ImportReport.RowError(number, "row", "has " + row.size() + " cells, the header " + HEADER.size()));
			return errors;
		}
		String externalId = row.get("external_id");
		if (externalId.isEmpty() || externalId.length() > 100) {
			errors.add(new ImportReport.RowError(number, "external_id", "is required, at most 100 characters"));
		}
		if (row.get("name").isEmpty() || row.get("name").length() > 200) {
			errors.add(new ImportReport.RowError(number, "name", "is required, at most 200 characters"));
		}
		String domain = row.get("domain").toLowerCase(Locale.ROOT);
		if (!domain.isEmpty() && !domain.matches("^(https?://)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}(/.*)?$")) {
			errors.add(new ImportReport.RowError(number, "domain", "is not a valid domain name"));
		}
		if (!row.get("country").isEmpty() && !row.get("country").toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
			errors.add(new ImportReport.RowError(number, "country", "must be a two-letter ISO country code"));
		}
		for (String column : List.of("city", "postal_code", "street", "phone")) {
			if (row.get(column).length() > (column.equals("postal_code") ? 20 : column.equals("phone") ? 40 : 120)) {
				errors.add(new ImportReport.RowError(number, column, "is too long"));
			}
		}
		return errors;
	}

	/** True when the row created a record, false when it updated one. */
	private boolean upsert(AccountKind kind, CSVRecord row) {
		String externalId = row.get("external_id");
		Instant now = clock.instant();
		Optional<UUID> existing = jdbc.sql("SELECT id FROM deal_accounts WHERE kind = ? AND external_id = ?")
			.params(kind.name(), externalId)
			.query(UUID.class)
			.optional();
		UUID id = existing.orElseGet(UUID::randomUUID);
		Object[] values = { row.get("name"), blankToNull(row.get("domain")), country(row.get("country")),
				blankToNull(row.get("city")), blankToNull(row.get("postal_code")), blankToNull(row.get("street")),
				blankToNull(row.get("phone")), Timestamp.from(now), id };
		if (existing.isPresent()) {
			jdbc.sql("UPDATE deal_accounts SET name = ?, domain = ?, country = ?, city = ?, postal_code = ?, street = ?,"
					+ " phone = ?, updated_at = ? WHERE id = ?").params(values).update();
		}
		else {
			jdbc.sql("INSERT INTO deal_accounts (name, domain, country, city, postal_code, street, phone, updated_at, id,"
					+ " kind, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(append(values, kind.name(), externalId))
				.update();
		}
		index.put(RecordKind.valueOf(kind.name()), id, externalId, null, new CustomerDescription(row.get("name"),
				blankToNull(row.get("domain")), null, blankToNull(row.get("phone")), blankToNull(row.get("street")),
				blankToNull(row.get("postal_code")), blankToNull(row.get("city")), country(row.get("country"))));
		return existing.isEmpty();
	}

	@Transactional(readOnly = true)
	public PageResult<AccountView> accounts(AccountKind kind, int page, int size) {
		visibility.requireVendor(TYPE, "list");
		List<AccountView> items = jdbc.sql("SELECT * FROM deal_accounts WHERE kind = ? ORDER BY name, id LIMIT ? OFFSET ?")
			.params(kind.name(), size, (long) page * size)
			.query(CustomerAccounts::account)
			.list();
		long total = jdbc.sql("SELECT COUNT(*) FROM deal_accounts WHERE kind = ?").param(kind.name()).query(Long.class).single();
		return new PageResult<>(items, page, size, total);
	}

	/** One account, for vendor staff comparing it with a registration that may claim the same customer. */
	@Transactional(readOnly = true)
	public Optional<AccountView> account(UUID id) {
		visibility.requireVendor(TYPE, id);
		return jdbc.sql("SELECT * FROM deal_accounts WHERE id = ?").param(id).query(CustomerAccounts::account).optional();
	}

	private static AccountView account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AccountView(rs.getObject("id", UUID.class), AccountKind.valueOf(rs.getString("kind")),
				rs.getString("external_id"), rs.getString("name"), rs.getString("domain"), rs.getString("country"),
				rs.getString("city"), rs.getString("postal_code"), rs.getString("street"), rs.getString("phone"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Object[] append(Object[] values, Object... more) {
		Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
		System.arraycopy(more, 0, all, values.length, more.length);
		return all;
	}

	private static String country(String country) {
		return country.isEmpty() ? null : country.toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
