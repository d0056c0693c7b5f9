package org.openprm.programs;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A programme or one of its tiers was created or changed; vendor-wide, so it belongs to no partner.
 */
public record ProgramChanged(String subjectType, UUID subject, String action, Map<String, FieldChange> changes)
		implements AuditableEvent {

	@Override
	public String subjectId() {
		return subject.toString();
	}

	@Override
	public UUID partnerId() {
		return null;
	}
}
