package org.openprm.deals.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openprm.deals.DealCard;
import org.openprm.deals.DealCriteria;
import org.openprm.deals.DealPipeline;
import org.openprm.shared.CsvCells;
import org.openprm.shared.InvalidInput;

/**
 * Streams the pipeline export as a CSV or XLSX download; shared by the UI and the API. CSV cells that
 * a spreadsheet would run as formulas are defused; XLSX cells are typed values, never formulas.
 */
final class DealExport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> HEADER = List.of("id", "partner", "customer", "domain", "country", "city",
			"stage", "status", "amount", "currency", "weighted", "expectedCloseDate", "possibleConflict", "submittedAt",
			"approvedAt", "protectedUntil", "protectionDaysLeft", "createdAt");

	private DealExport() {
	}

	/** The format named, checked before the first byte is written so that a typo is a 400, not half a file. */
	static String format(String format) {
		String normalised = format == null ? "csv" : format.trim().toLowerCase(Locale.ROOT);
		if (!normalised.equals("csv") && !normalised.equals("xlsx")) {
			throw InvalidInput.of("format", "must be csv or xlsx", "deal.exportFormat");
		}
		return normalised;
	}

	static void write(DealPipeline pipeline, DealCriteria criteria, String format, HttpServletResponse response)
			throws IOException {
		if (format(format).equals("xlsx")) {
			response.setContentType(XLSX);
			response.setHeader("Content-Disposition", "attachment; filename=\"deals.xlsx\"");
			xlsx(pipeline, criteria, response);
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"deals.csv\"");
			// Flushed but left open: the servlet container closes the response.
			csv(pipeline, criteria, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		}
	}

	private static void csv(DealPipeline pipeline, DealCriteria criteria, Writer out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
		pipeline.export(criteria, card -> {
			try {
				csv.printRecord(card.id(), CsvCells.safe(card.partnerName()), CsvCells.safe(card.customerName()),
						CsvCells.safe(card.customerDomain()), CsvCells.safe(card.customerCountry()),
						CsvCells.safe(card.customerCity()), card.stage(), card.status(), card.amount().toPlainString(),
						card.currency(), card.weighted().toPlainString(), card.expectedCloseDate(), card.possibleConflict(),
						card.submittedAt(), card.approvedAt(), card.protectedUntil(), card.protectionDaysLeft(),
						card.createdAt());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

	private static void xlsx(DealPipeline pipeline, DealCriteria criteria, HttpServletResponse response)
			throws IOException {
		Workbook workbook = new Workbook(response.getOutputStream(), "OpenPRM", "1.0");
		Worksheet sheet = workbook.newWorksheet("Deals");
		for (int column = 0; column < HEADER.size(); column++) {
			sheet.value(0, column, HEADER.get(column));
		}
		sheet.style(0).bold().set();
		int[] row = { 1 };
		pipeline.export(criteria, card -> {
			XlsxRow cells = new XlsxRow(sheet, row[0]++);
			cells.text(card.id().toString()).text(card.partnerName()).text(card.customerName()).text(card.customerDomain())
				.text(card.customerCountry()).text(card.customerCity()).text(card.stage().name()).text(card.status().name())
				.number(card.amount()).text(card.currency()).number(card.weighted()).date(card.expectedCloseDate())
				.bool(card.possibleConflict()).instant(card.submittedAt()).instant(card.approvedAt())
				.instant(card.protectedUntil()).number(card.protectionDaysLeft()).instant(card.createdAt());
			if (row[0] % 1000 == 0) {
				// Written out a thousand rows at a time: a large export never sits in memory whole.
				flush(sheet);
			}
		});
		workbook.finish();
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One spreadsheet row, filled left to right; empty values leave the cell empty. */
	private static final class XlsxRow {

		private final Worksheet sheet;

		private final int row;

		private int column;

		XlsxRow(Worksheet sheet, int row) {
			this.sheet = sheet;
			this.row = row;
		}

		XlsxRow text(String value) {
			if (value != null) {
				sheet.value(row, column, value);
			}
			column++;
			return this;
		}

		XlsxRow number(Number value) {
			if (value != null) {
				sheet.value(row, column, value);
			}
			column++;
			return this;
		}

		XlsxRow bool(boolean value) {
			sheet.value(row, column++, value);
			return this;
		}

		XlsxRow date(java.time.LocalDate value) {
			if (value != null) {
				sheet.value(row, column, value);
				sheet.style(row, column).format("yyyy-mm-dd").set();
			}
			column++;
			return this;
		}

		XlsxRow instant(Instant value) {
			if (value != null) {
				sheet.value(row, column, value.atZone(ZoneOffset.UTC));
				sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
			}
			column++;
			return this;
		}
	}
}
