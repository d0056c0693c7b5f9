package org.openprm.funds.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openprm.funds.ClaimView;
import org.openprm.shared.CsvCells;

/** The finance export of approved, unpaid claims as CSV (Commons CSV) or XLSX (FastExcel). */
final class ClaimExport {

	static final List<String> HEADER = List.of("claimId", "requestId", "fundId", "partnerId", "invoiceNumber", "amount",
			"currency", "approvedAmount", "fundAmount", "fxRate", "approvedAt");

	private ClaimExport() {
	}

	static List<Object> row(ClaimView c) {
		return java.util.Arrays.asList(c.id(), c.requestId(), c.fundId(), c.partnerId(), c.invoiceNumber(), c.amount(), c.currency(),
				c.approvedAmount(), c.fundAmount(), c.fxRate(), c.decidedAt());
	}

	static byte[] csv(List<ClaimView> claims) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
			for (ClaimView claim : claims) {
				printer.printRecord(row(claim).stream().map(v -> CsvCells.safe(String.valueOf(v))).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(List<ClaimView> claims) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "OpenPRM", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Approved unpaid claims");
			for (int c = 0; c < HEADER.size(); c++) {
				sheet.value(0, c, HEADER.get(c));
			}
			for (int r = 0; r < claims.size(); r++) {
				List<Object> row = row(claims.get(r));
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof java.math.BigDecimal number) {
						sheet.value(r + 1, c, number);
					}
					else {
						sheet.value(r + 1, c, value == null ? "" : String.valueOf(value));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
