package org.openprm.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.openprm.audit.AuditCriteria;
import org.openprm.audit.AuditManagement;
import org.springframework.data.domain.PageRequest;

/**
 * Streams an audit export as a CSV download; shared by the UI and the API.
 */
final class AuditCsv {

	private AuditCsv() {
	}

	static void write(AuditManagement audit, AuditCriteria criteria, HttpServletResponse response) throws IOException {
		// Checked before the first byte so that a refused caller gets a proper error, not half a file.
		audit.search(criteria, PageRequest.of(0, 1));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		// exportCsv flushes the writer but leaves it open; the servlet container closes the response.
		audit.exportCsv(criteria, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}
}
