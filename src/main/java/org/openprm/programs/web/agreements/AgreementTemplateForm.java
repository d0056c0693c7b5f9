package org.openprm.programs.web.agreements;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openprm.partners.PartnerType;
import org.openprm.programs.AgreementScope;
import org.openprm.programs.AgreementTemplateDraft;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new template (all fields) or a new version of one (title, body, effective date).
 */
public class AgreementTemplateForm {

	@NotBlank(groups = NewTemplate.class)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", groups = NewTemplate.class)
	@Size(max = 60, groups = NewTemplate.class)
	private String kind;

	private UUID programId;

	private PartnerType partnerType;

	@Size(max = 200, groups = NewTemplate.class)
	private String country;

	private boolean gatesAccess;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 50000)
	private String body;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveDate;

	/** Validation group of the fields only a new template has. */
	public interface NewTemplate {
	}

	AgreementTemplateDraft toDraft() {
		return new AgreementTemplateDraft(kind, new AgreementScope(programId,
				partnerType == null ? null : partnerType.name(), country), gatesAccess, title, body, effectiveDate);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public UUID getProgramId() {
		return programId;
	}

	public void setProgramId(UUID programId) {
		this.programId = programId;
	}

	public PartnerType getPartnerType() {
		return partnerType;
	}

	public void setPartnerType(PartnerType partnerType) {
		this.partnerType = partnerType;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public boolean isGatesAccess() {
		return gatesAccess;
	}

	public void setGatesAccess(boolean gatesAccess) {
		this.gatesAccess = gatesAccess;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	public void setEffectiveDate(LocalDate effectiveDate) {
		this.effectiveDate = effectiveDate;
	}
}
