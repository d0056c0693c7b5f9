package org.openprm.programs.domain.agreements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openprm.programs.AgreementAcceptanceView;
import org.openprm.shared.CsvCells;

/**
 * The acceptance history as CSV, one row per acceptance.
 */
public final class AcceptanceCsv {

	private static final String[] HEADER = { "acceptanceId", "partnerId", "partner", "agreement", "version", "fullName",
			"userEmail", "ipAddress", "acceptedAt", "textSha256", "countersignedBy", "countersignedAt" };

	private AcceptanceCsv() {
	}

	public static void write(List<AgreementAcceptanceView> acceptances, Writer out) {
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (AgreementAcceptanceView a : acceptances) {
				printer.printRecord(a.id(), a.partnerId(), cell(a.partnerName()), cell(a.title()), a.versionNumber(),
						cell(a.fullName()), cell(a.acceptedByEmail()), a.ipAddress(), a.acceptedAt(), a.textSha256(),
						cell(a.countersignedBy()), a.countersignedAt());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String cell(String text) {
		return text == null ? null : CsvCells.safe(text);
	}
}
