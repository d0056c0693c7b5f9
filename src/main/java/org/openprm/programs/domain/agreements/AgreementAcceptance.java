package org.openprm.programs.domain.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.programs.AgreementAcceptanceView;
import org.openprm.shared.Conflict;

/**
 * A partner's acceptance of one template version: who typed which name, from where, when, and the
 * exact text they saw (with its SHA-256), so the record proves itself without the template.
 */
@Entity
@Table(name = "agreement_acceptances")
public class AgreementAcceptance {

	@Id
	private UUID id;

	private UUID partnerId;

	private String partnerName;

	private UUID templateId;

	private UUID templateVersionId;

	private int versionNumber;

	private String title;

	private String renderedText;

	private String textSha256;

	private String fullName;

	private UUID acceptedBy;

	private String acceptedByEmail;

	private String ipAddress;

	private Instant acceptedAt;

	private UUID countersignedBy;

	private String countersignedName;

	private Instant countersignedAt;

	@Version
	private long version;

	protected AgreementAcceptance() {
	}

	public AgreementAcceptance(UUID partnerId, String partnerName, AgreementVersion templateVersion, String renderedText,
			String textSha256, Signature signature) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.partnerName = partnerName;
		this.templateId = templateVersion.templateId();
		this.templateVersionId = templateVersion.id();
		this.versionNumber = templateVersion.number();
		this.title = templateVersion.title();
		this.renderedText = renderedText;
		this.textSha256 = textSha256;
		this.fullName = signature.fullName();
		this.acceptedBy = signature.userId();
		this.acceptedByEmail = signature.email();
		this.ipAddress = signature.ipAddress();
		this.acceptedAt = signature.at();
	}

	/** Who signed, as typed and as signed in, from which address and when. */
	public record Signature(String fullName, UUID userId, String email, String ipAddress, Instant at) {
	}

	/** Vendor staff sign the acceptance too; once only. */
	public void countersign(UUID userId, String name, Instant at) {
		if (countersignedAt != null) {
			throw new Conflict("The acceptance is already counter-signed.");
		}
		this.countersignedBy = userId;
		this.countersignedName = name;
		this.countersignedAt = at;
	}

	public UUID id() {
		return id;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public UUID templateId() {
		return templateId;
	}

	public UUID templateVersionId() {
		return templateVersionId;
	}

	public String renderedText() {
		return renderedText;
	}

	public AgreementAcceptanceView toView() {
		return new AgreementAcceptanceView(id, partnerId, partnerName, templateId, templateVersionId, versionNumber, title,
				fullName, acceptedBy, acceptedByEmail, ipAddress, textSha256, acceptedAt, countersignedName,
				countersignedAt);
	}
}
