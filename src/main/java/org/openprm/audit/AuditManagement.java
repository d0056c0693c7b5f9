package org.openprm.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openprm.audit.domain.AuditEntry;
import org.openprm.audit.domain.AuditEntryRepository;
import org.openprm.shared.CsvCells;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.shared.FieldChange;
import org.openprm.shared.PageResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browsing and exporting the audit trail. Vendor admins see every entry; a partner admin sees the
 * entries of its own organisation; nobody else reads the trail.
 */
@Service
@Transactional(readOnly = true)
public class AuditManagement {

	/** The most rows one export writes; narrow the filters for more. */
	public static final int EXPORT_LIMIT = 100_000;

	private static final TypeReference<LinkedHashMap<String, FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final AuditEntryRepository entries;

	private final CurrentActor actors;

	private final JsonMapper json;

	private final Visibility visibility;

	AuditManagement(AuditEntryRepository entries, CurrentActor actors, JsonMapper json, Visibility visibility) {
		this.entries = entries;
		this.actors = actors;
		this.json = json;
		this.visibility = visibility;
	}

	public PageResult<AuditEntryView> search(AuditCriteria criteria, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "occurredAt"));
		return PageResult.of(entries.findAll(matching(criteria), newestFirst), this::view);
	}

	/** Writes the matching entries as CSV, newest first; cells that a spreadsheet would run as formulas are defused. */
	public void exportCsv(AuditCriteria criteria, Writer out) {
		Specification<AuditEntry> spec = matching(criteria);
		// Not closed here: the writer belongs to the caller (an HTTP response that is still in use).
		try {
			CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader("occurredAt", "actor", "partnerId", "subjectType", "subjectId", "action", "outcome", "changes")
				.get());
			int page = 0;
			int written = 0;
			Page<AuditEntry> batch;
			do {
				batch = entries.findAll(spec, PageRequest.of(page++, 1000, Sort.by(Sort.Direction.DESC, "occurredAt")));
				for (AuditEntry entry : batch) {
					csv.printRecord(entry.occurredAt(), CsvCells.safe(entry.actorEmail()), entry.partnerId(),
							CsvCells.safe(entry.subjectType()), CsvCells.safe(entry.subjectId()),
							CsvCells.safe(entry.action()), entry.outcome(), CsvCells.safe(entry.changes()));
					written++;
				}
			}
			while (batch.hasNext() && written < EXPORT_LIMIT);
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Specification<AuditEntry> matching(AuditCriteria criteria) {
		Actor actor = actors.get();
		if (!actor.isVendorAdmin() && !actor.isPartnerAdmin()) {
			throw visibility.refuse("AuditTrail", "read", "read audit trail");
		}
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!actor.isVendor()) {
				// Partner admins read their own organisation's entries only, not their resellers'.
				where.add(cb.equal(root.get("partnerId"), visibility.scope().ownPartnerId()));
			}
			if (criteria.partnerId() != null) {
				where.add(cb.equal(root.get("partnerId"), criteria.partnerId()));
			}
			if (present(criteria.subjectType())) {
				where.add(cb.equal(root.get("subjectType"), criteria.subjectType()));
			}
			if (present(criteria.subjectId())) {
				where.add(cb.equal(root.get("subjectId"), criteria.subjectId()));
			}
			if (present(criteria.action())) {
				where.add(cb.equal(root.get("action"), criteria.action()));
			}
			if (present(criteria.actor())) {
				where.add(cb.equal(root.get("actorEmail"), criteria.actor().trim().toLowerCase()));
			}
			if (criteria.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.<Instant>get("occurredAt"), criteria.from()));
			}
			if (criteria.to() != null) {
				where.add(cb.lessThan(root.<Instant>get("occurredAt"), criteria.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private AuditEntryView view(AuditEntry entry) {
		Map<String, FieldChange> changes = json.readValue(entry.changes(), CHANGES);
		return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actorId(), entry.actorEmail(),
				entry.partnerId(), entry.subjectType(), entry.subjectId(), entry.action(), entry.outcome(), changes);
	}

}
