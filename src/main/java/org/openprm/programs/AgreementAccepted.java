package org.openprm.programs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A partner accepted a version of an agreement template.
 */
public record AgreementAccepted(UUID partnerId, UUID templateId, int version, Instant acceptedAt, UUID acceptanceId)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "AgreementAcceptance";
	}

	@Override
	public String subjectId() {
		return acceptanceId.toString();
	}

	@Override
	public String action() {
		return "accepted";
	}

	@Override
	public Map<String, FieldChange> changes() {
		return Map.of("template", new FieldChange(null, templateId.toString()), "version",
				new FieldChange(null, String.valueOf(version)));
	}
}
