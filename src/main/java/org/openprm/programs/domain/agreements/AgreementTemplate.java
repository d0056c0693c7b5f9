package org.openprm.programs.domain.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.programs.AgreementScope;

/**
 * An agreement template: what it applies to (programme, partner type, country; each optional) and
 * whether a pending acceptance gates the partner portal. Its text lives in {@link AgreementVersion}s.
 */
@Entity
@Table(name = "agreement_templates")
public class AgreementTemplate {

	@Id
	private UUID id;

	private String kind;

	private UUID programId;

	private String partnerType;

	private String country;

	private boolean gatesAccess;

	private Instant createdAt;

	@Version
	private long version;

	protected AgreementTemplate() {
	}

	public AgreementTemplate(String kind, AgreementScope scope, boolean gatesAccess, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.programId = scope.programId();
		this.partnerType = scope.partnerType();
		this.country = scope.country();
		this.gatesAccess = gatesAccess;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return id;
	}

	public String kind() {
		return kind;
	}

	public AgreementScope scope() {
		return new AgreementScope(programId, partnerType, country);
	}

	public boolean gatesAccess() {
		return gatesAccess;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
