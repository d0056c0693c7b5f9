package org.openprm.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One published version of an agreement template: its text with {@code {{placeholders}}}.
 */
public record AgreementVersionView(UUID id, UUID templateId, int number, String title, String body,
		LocalDate effectiveDate, Instant publishedAt, String publishedBy) {
}
