package org.openprm.programs;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A segment was defined, redefined or removed; vendor-wide, so it belongs to no partner.
 */
public record SegmentChanged(UUID segmentId, String action, Map<String, FieldChange> changes) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "Segment";
	}

	@Override
	public String subjectId() {
		return segmentId.toString();
	}

	@Override
	public UUID partnerId() {
		return null;
	}
}
