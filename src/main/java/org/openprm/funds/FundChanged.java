package org.openprm.funds;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/** Any change of a fund, fund request or claim, for the audit trail. */
public record FundChanged(String subjectType, String subjectId, UUID partnerId, String action,
		Map<String, FieldChange> changes) implements AuditableEvent {
}
