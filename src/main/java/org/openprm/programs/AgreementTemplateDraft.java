package org.openprm.programs;

import java.time.LocalDate;

/**
 * What vendor staff enter for a new template (its first version) or a new version of one.
 * For a new version only title, body and effective date are read.
 */
public record AgreementTemplateDraft(String kind, AgreementScope scope, boolean gatesAccess, String title, String body,
		LocalDate effectiveDate) {
}
