package org.openprm.leads;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.leads.domain.Lead;
import org.openprm.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports leads from CSV (vendor staff). Columns are the API's field names unless a mapping names the
 * file's own headers ({@code "Firma" -> "company"}); {@code productInterest} holds values separated by
 * {@code ;} or {@code |}. Rows are checked as read and received set-based a chunk at a time, one transaction
 * each ({@link LeadChunks}); a bad row is reported and the good ones are kept. Each partner hears once per
 * import how many new leads it was offered.
 */
@Service
public class LeadImport {

	public static final List<String> FIELDS = List.of("company", "contactName", "email", "phone", "country", "region",
			"postalCode", "latitude", "longitude", "productInterest", "source", "companySize", "estimatedValue",
			"currency");

	/** Rows stored per transaction. */
	private static final int CHUNK = 2000;

	private final LeadManagement leads;

	private final LeadSettings settings;

	private final LeadChunks chunks;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Visibility visibility;

	private final CurrentActor actors;

	LeadImport(LeadManagement leads, LeadSettings settings, LeadChunks chunks,
			org.springframework.context.ApplicationEventPublisher events, TransactionTemplate transaction,
			Visibility visibility, CurrentActor actors) {
		this.leads = leads;
		this.settings = settings;
		this.chunks = chunks;
		this.events = events;
		this.transaction = transaction;
		this.visibility = visibility;
		this.actors = actors;
	}

	/** Parses a mapping written as {@code File header=field} pairs separated by commas; blank means none. */
	public static Map<String, String> mapping(String text) {
		Map<String, String> mapping = new HashMap<>();
		if (text == null || text.isBlank()) {
			return mapping;
		}
		for (String pair : text.split("[,\\n]")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw InvalidInput.of("mapping", "must be 'File header=field' pairs separated by commas", "mapping");
			}
			mapping.put(parts[0].trim(), parts[1].trim());
		}
		return mapping;
	}

	public LeadImportReport importCsv(Reader csv, Map<String, String> mapping) {
		if (!visibility.scope().vendor()) {
			throw visibility.refuse(LeadRecords.TYPE, "import", "create");
		}
		Run run = new Run(actors.get().email());
		try {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
				run.rows++;
				Map<String, String> row = LeadCsvRows.mapped(record.toMap(), mapping == null ? Map.of() : mapping);
				try {
					LeadDraft draft = LeadCsvRows.draft(row);
					LeadIntake intake = new LeadIntake(settings);
					var details = intake.details(draft);
					intake.check();
					run.pending.add(new Row(run.rows, draft, details));
				}
				catch (InvalidInput invalid) {
					run.refused(run.rows, invalid);
				}
				if (run.pending.size() >= CHUNK) {
					store(run);
				}
			}
			store(run);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException ex) {
			throw InvalidInput.of("file", "is not readable CSV with a header row: " + ex.getMessage(), "csv");
		}
		if (!run.offered.isEmpty()) {
			transaction.executeWithoutResult(status -> run.offered.forEach((partner, count) -> events
				.publishEvent(new LeadsOffered(partner, count))));
		}
		return new LeadImportReport(run.rows, run.ids.size(), run.routed, run.ids, run.problems);
	}

	/**
	 * Stores the checked rows a chunk at a time, one transaction each (a commit per row would cost more than the
	 * row); should a chunk fail after all, its rows are stored one by one so that only the bad one is refused.
	 */
	private void store(Run run) {
		if (run.pending.isEmpty()) {
			return;
		}
		List<Row> chunk = List.copyOf(run.pending);
		run.pending.clear();
		try {
			List<Lead> stored = transaction.execute(status -> chunks.intake(chunk.stream().map(Row::details).toList(), run.by));
			stored.forEach(run::stored);
			stored.stream().filter(l -> l.assignedPartnerId() != null)
				.forEach(l -> run.offered.merge(l.assignedPartnerId(), 1, Integer::sum));
		}
		catch (RuntimeException chunkFailed) {
			for (Row row : chunk) {
				try {
					run.stored(transaction.execute(status -> leads.intake(row.draft(), run.by)));
				}
				catch (InvalidInput invalid) {
					run.refused(row.number(), invalid);
				}
				catch (RuntimeException failed) {
					run.problems.add(new LeadImportReport.RowProblem(row.number(), null, String.valueOf(failed.getMessage())));
				}
			}
		}
	}

	private record Row(int number, LeadDraft draft, org.openprm.leads.domain.LeadDetails details) {
	}

	/** What one import has read, stored and refused so far. */
	private static final class Run {

		final String by;

		final List<Row> pending = new ArrayList<>();

		final List<UUID> ids = new ArrayList<>();

		/** New leads per partner from the set-based chunks (rows stored one by one notify as they go). */
		final Map<UUID, Integer> offered = new HashMap<>();

		final List<LeadImportReport.RowProblem> problems = new ArrayList<>();

		int rows;

		int routed;

		Run(String by) {
			this.by = by;
		}

		void stored(Lead lead) {
			ids.add(lead.id());
			routed += lead.assignedPartnerId() == null ? 0 : 1;
		}

		void refused(int row, InvalidInput invalid) {
			for (InvalidInput.FieldProblem p : invalid.problems()) {
				problems.add(new LeadImportReport.RowProblem(row, p.field(), p.message()));
			}
		}
	}
}
