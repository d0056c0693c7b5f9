package org.openprm.audit.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.openprm.audit.AuditCriteria;
import org.openprm.audit.AuditEntryView;
import org.openprm.audit.AuditManagement;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit trail over REST: browse (paged) and export (CSV).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditRestController {

	private final AuditManagement audit;

	AuditRestController(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Browse the audit trail, newest first (vendor admin: all; partner admin: own organisation)")
	PageResult<AuditEntryView> search(@RequestParam(required = false) UUID partnerId,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		AuditCriteria criteria = new AuditCriteria(partnerId, subjectType, subjectId, action, actor, from, to);
		return audit.search(criteria, Paging.of(page, size, "occurredAt", Map.of("occurredAt", "occurredAt")));
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@Operation(summary = "Export the audit trail as CSV (same filters and visibility as browsing)")
	void export(@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String action,
			@RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			HttpServletResponse response) throws IOException {
		AuditCriteria criteria = new AuditCriteria(partnerId, subjectType, subjectId, action, actor, from, to);
		AuditCsv.write(audit, criteria, response);
	}

}
