package org.openprm.programs;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.domain.FigureStore;
import org.openprm.shared.InvalidInput;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor staff import partners' figures as CSV with header {@code partner,metric,qualifier,value,currency,
 * period,expires_on} (partner: id or exact name; qualifier: job role or attribute key; the last four
 * optional). Good rows are imported, each bad row is reported with its line; nothing is half-written.
 */
@Service
@Transactional
public class PartnerFigures {

	private final FigureStore store;

	private final PartnerManagement partners;

	private final Visibility visibility;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transaction;

	PartnerFigures(FigureStore store, PartnerManagement partners, Visibility visibility, Clock clock,
			org.springframework.transaction.support.TransactionTemplate transaction) {
		this.transaction = transaction;
		this.store = store;
		this.partners = partners;
		this.visibility = visibility;
		this.clock = clock;
	}

	private record Row(UUID partnerId, Figure figure, String period) {
	}

	// Rows are checked outside a transaction (an unknown partner id must not doom the import's transaction),
	// then all good rows are written in one.
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public FigureImportReport importCsv(Reader csv) {
		visibility.requireVendor("PartnerFigure", "import");
		List<Row> rows = new ArrayList<>();
		List<FigureImportReport.RowError> errors = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(csv)) {
			if (!parser.getHeaderMap().keySet().containsAll(List.of("partner", "metric", "value"))) {
				throw InvalidInput.of("body", "the CSV header must name at least partner,metric,value", "csv.header");
			}
			for (CSVRecord record : parser) {
				try {
					rows.add(row(record));
				}
				catch (InvalidInput ex) {
					errors.add(new FigureImportReport.RowError(record.getRecordNumber() + 1, ex.problems().get(0).field(),
							ex.problems().get(0).message()));
				}
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw InvalidInput.of("body", "is not readable as CSV: " + ex.getMessage(), "csv.header");
		}
		transaction.executeWithoutResult(status -> rows.forEach(r -> store.put(r.partnerId(), r.figure(), r.period(),
				clock.instant())));
		return new FigureImportReport(rows.size(), errors);
	}

	private Row row(CSVRecord record) {
		UUID partner = partner(cell(record, "partner"));
		Metric metric;
		try {
			metric = Metric.valueOf(cell(record, "metric").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("metric", "must be one of " + List.of(Metric.values()));
		}
		String qualifier = FigureInput.qualifier(metric, cell(record, "qualifier"));
		String value = cell(record, "value");
		BigDecimal number = FigureInput.number(metric, value);
		String currency = cell(record, "currency").isEmpty() ? null : cell(record, "currency").toUpperCase(Locale.ROOT);
		if (metric == Metric.REVENUE_12M && (currency == null || !currency.matches("[A-Z]{3}"))) {
			throw InvalidInput.of("currency", "revenue needs a three-letter currency");
		}
		LocalDate expires;
		try {
			expires = cell(record, "expires_on").isEmpty() ? null : LocalDate.parse(cell(record, "expires_on"));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InvalidInput.of("expires_on", "must be a date (YYYY-MM-DD)");
		}
		String period = cell(record, "period");
		if (period.length() > 20) {
			throw InvalidInput.of("period", "must be at most 20 characters");
		}
		return new Row(partner, new Figure(metric, qualifier, number, number == null ? value : null, currency, expires),
				period.isEmpty() ? null : period);
	}

	private UUID partner(String reference) {
		if (reference.isEmpty()) {
			throw InvalidInput.of("partner", "is required");
		}
		try {
			return partners.partner(UUID.fromString(reference)).id();
		}
		catch (IllegalArgumentException | org.openprm.shared.RecordNotFound notAnId) {
			List<PartnerView> found = partners.search(new PartnerCriteria(reference, null, null, null, null, null),
					PageRequest.of(0, 20)).items().stream().filter(p -> p.name().equalsIgnoreCase(reference)).toList();
			if (found.size() != 1) {
				throw InvalidInput.of("partner", found.isEmpty() ? "is no known partner" : "names more than one partner");
			}
			return found.get(0).id();
		}
	}

	private static String cell(CSVRecord record, String name) {
		return record.isMapped(name) && record.isSet(name) ? record.get(name).trim() : "";
	}
}
