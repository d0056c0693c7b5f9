package org.openprm.partners.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.shared.web.Paging;
import org.springframework.data.domain.Sort;

/**
 * Streams a directory export as a CSV download; shared by the UI and the API.
 */
final class DirectoryCsv {

	private DirectoryCsv() {
	}

	static void write(PartnerManagement partners, PartnerCriteria criteria, String sort, HttpServletResponse response)
			throws IOException {
		// The same sort as the list the user is looking at; checked before the first byte is written.
		Sort order = Paging.of(0, 1, sort, DirectorySort.FIELDS).getSort();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"partners.csv\"");
		// exportCsv flushes the writer but leaves it open; the servlet container closes the response.
		partners.exportCsv(criteria, order, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}
}
