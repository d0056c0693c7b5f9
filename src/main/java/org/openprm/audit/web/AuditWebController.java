package org.openprm.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.audit.AuditCriteria;
import org.openprm.audit.AuditManagement;
import org.openprm.shared.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page with filters, paging and CSV export.
 */
@Controller
class AuditWebController {

	/** The record types and actions the trail holds, offered as filters with translated labels. */
	static final List<String> SUBJECT_TYPES = List.of("Partner", "User", "ApiToken", "CustomAttribute", "AuditTrail");

	static final List<String> ACTIONS = List.of("created", "updated", "profile-updated", "status-changed", "invited",
			"activated", "deactivated", "reactivated", "locked-out", "settings-changed", "password-reset-requested",
			"password-reset", "issued", "revoked", "denied");

	private final AuditManagement audit;

	AuditWebController(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String trail(@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		AuditCriteria criteria = criteria(partnerId, subjectType, action, actor, from, to);
		model.addAttribute("result", audit.search(criteria, PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("filters", new Filters(partnerId, subjectType, action, actor, from, to));
		model.addAttribute("pageBase", PageLinks.base(request));
		model.addAttribute("subjectTypes", SUBJECT_TYPES);
		model.addAttribute("actions", ACTIONS);
		model.addAttribute("exportQuery", request.getQueryString() == null ? "" : request.getQueryString());
		return "audit/trail";
	}

	@GetMapping("/audit/export.csv")
	void export(@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		AuditCsv.write(audit, criteria(partnerId, subjectType, action, actor, from, to), response);
	}

	record Filters(UUID partnerId, String subjectType, String action, String actor, LocalDate from, LocalDate to) {
	}

	private static AuditCriteria criteria(UUID partnerId, String subjectType, String action, String actor,
			LocalDate from, LocalDate to) {
		return new AuditCriteria(partnerId, subjectType, null, action, actor,
				from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
	}
}
