package org.openprm.shared;

import java.util.Map;
import java.util.UUID;

/**
 * An event that the audit trail records. Modules publish these inside the transaction that makes
 * the change, so the change and its audit entry commit or roll back together.
 */
public interface AuditableEvent {

	String subjectType();

	String subjectId();

	String action();

	/** The partner organisation the change belongs to, or null for vendor-wide records. */
	UUID partnerId();

	/** Changed fields with their values before and after. */
	Map<String, FieldChange> changes();
}
