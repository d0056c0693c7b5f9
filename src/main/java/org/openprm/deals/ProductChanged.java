package org.openprm.deals;

import java.util.Map;
import java.util.UUID;

import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;

/**
 * A catalogue product was created or changed; vendor-wide, so it belongs to no partner.
 */
public record ProductChanged(UUID productId, String action, Map<String, FieldChange> changes) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "Product";
	}

	@Override
	public String subjectId() {
		return productId.toString();
	}

	@Override
	public UUID partnerId() {
		return null;
	}
}
