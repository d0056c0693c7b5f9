package org.openprm.programs.web.agreements;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openprm.partners.PartnerType;
import org.openprm.programs.AgreementScope;
import org.openprm.programs.AgreementTemplateDraft;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON payloads of the agreements API.
 */
final class AgreementPayloads {

	private AgreementPayloads() {
	}

	/** A partner admin accepts by typing their full name. */
	record AcceptRequest(@NotBlank @Size(max = 200) String fullName) {
	}

	/**
	 * A new template with its first version. {@code kind} groups templates that replace each other (the most
	 * specific one that applies to a partner wins); programme, partner type and country are optional.
	 */
	record TemplateRequest(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*") String kind,
			UUID programId, PartnerType partnerType, @Size(max = 200) @Schema(example = "DE, AT, CH", description = "one ISO country code, or a region: several separated by commas") String country, Boolean gatesAccess,
			@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 50000) String body, LocalDate effectiveDate) {

		AgreementTemplateDraft toDraft() {
			return new AgreementTemplateDraft(kind, new AgreementScope(programId,
					partnerType == null ? null : partnerType.name(), country), Boolean.TRUE.equals(gatesAccess), title, body,
					effectiveDate);
		}
	}

	/** A new version of a template: partners that accepted an older one accept again. */
	record VersionRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 50000) String body,
			LocalDate effectiveDate) {

		AgreementTemplateDraft toDraft() {
			return new AgreementTemplateDraft(null, null, false, title, body, effectiveDate);
		}
	}
}
