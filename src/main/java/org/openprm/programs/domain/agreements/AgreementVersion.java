package org.openprm.programs.domain.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published text of a template. Versions are never changed: a correction is a new version, which
 * partners that accepted an older one accept again.
 */
@Entity
@Table(name = "agreement_template_versions")
public class AgreementVersion {

	@Id
	private UUID id;

	private UUID templateId;

	private int number;

	private String title;

	private String body;

	private LocalDate effectiveDate;

	private Instant publishedAt;

	private String publishedBy;

	protected AgreementVersion() {
	}

	public AgreementVersion(UUID templateId, int number, String title, String body, LocalDate effectiveDate,
			Instant publishedAt, String publishedBy) {
		this.id = UUID.randomUUID();
		this.templateId = templateId;
		this.number = number;
		this.title = title;
		this.body = body;
		this.effectiveDate = effectiveDate;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
	}

	public UUID id() {
		return id;
	}

	public UUID templateId() {
		return templateId;
	}

	public int number() {
		return number;
	}

	public String title() {
		return title;
	}

	public String body() {
		return body;
	}

	public LocalDate effectiveDate() {
		return effectiveDate;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public String publishedBy() {
		return publishedBy;
	}
}
