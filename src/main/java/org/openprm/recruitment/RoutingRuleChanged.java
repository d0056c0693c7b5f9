package org.openprm.recruitment;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A routing rule was created, changed or deleted; vendor-wide, for the audit trail.
 */
public record RoutingRuleChanged(UUID ruleId, String action, Map<String, FieldChange> changes)
		implements AuditableEvent {

	@Override
	public String subjectType() {
		return "ApplicationRoutingRule";
	}

	@Override
	public String subjectId() {
		return ruleId.toString();
	}

	@Override
	public UUID partnerId() {
		return null;
	}
}
