package org.openprm.programs.domain.agreements;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.openprm.programs.AgreementAcceptanceView;

/**
 * Renders an acceptance as a PDF: the exact text the partner accepted, followed by the evidence kept
 * (who, when, from where, the text's SHA-256 and any counter-signature).
 */
public final class AcceptancePdf {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private AcceptancePdf() {
	}

	public static byte[] render(AgreementAcceptanceView acceptance, String renderedText) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(acceptance.title());
		document.open();
		document.add(new Paragraph(acceptance.title() + " (v" + acceptance.versionNumber() + ")",
				FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
		Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
		for (String paragraph : renderedText.split("\\R\\s*\\R")) {
			Paragraph text = new Paragraph(paragraph.strip(), body);
			text.setSpacingBefore(6);
			document.add(text);
		}
		Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
		Paragraph evidence = new Paragraph("Accepted for " + acceptance.partnerName() + " by " + acceptance.fullName()
				+ " (" + acceptance.acceptedByEmail() + ") on " + TIME.format(acceptance.acceptedAt()) + " from "
				+ acceptance.ipAddress(), small);
		evidence.setSpacingBefore(18);
		document.add(evidence);
		document.add(new Paragraph("SHA-256 of the accepted text: " + acceptance.textSha256(), small));
		if (acceptance.countersignedAt() != null) {
			document.add(new Paragraph("Counter-signed by " + acceptance.countersignedBy() + " on "
					+ TIME.format(acceptance.countersignedAt()), small));
		}
		document.close();
		return out.toByteArray();
	}
}
