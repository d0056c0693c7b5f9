package org.openprm.audit;

import java.util.Map;

import org.openprm.audit.domain.AuditEntry;
import org.openprm.audit.domain.AuditEntryRepository;
import org.openprm.identity.AccessDenied;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.shared.AuditableEvent;
import org.openprm.shared.FieldChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an audit entry for every auditable event, synchronously inside the transaction that made
 * the change, so the change and its entry commit together. Denied accesses are written in their own
 * transaction because the request that caused them fails and rolls back.
 */
@Component
class AuditRecorder {

	private final AuditEntryRepository entries;

	private final CurrentActor actors;

	private final JsonMapper json;

	AuditRecorder(AuditEntryRepository entries, CurrentActor actors, JsonMapper json) {
		this.entries = entries;
		this.actors = actors;
		this.json = json;
	}

	// Denied accesses are excluded by the condition, not inside the method: they may happen outside any
	// transaction, where merely entering this MANDATORY method would fail the request with a 500.
	@EventListener(condition = "!(#event instanceof T(org.openprm.identity.AccessDenied))")
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditableEvent event) {
		record(event, "success");
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AccessDenied event) {
		record(event, "denied");
	}

	private void record(AuditableEvent event, String outcome) {
		Actor actor = actors.find().orElse(null);
		entries.save(new AuditEntry(actor == null ? null : actor.userId(), actor == null ? "anonymous" : actor.email(),
				event.partnerId(), event.subjectType(), event.subjectId(), event.action(), outcome,
				encode(event.changes())));
	}

	private String encode(Map<String, FieldChange> changes) {
		String encoded = json.writeValueAsString(changes);
		// The column holds 16,000 characters; a longer diff keeps its field names and is marked truncated.
		return encoded.length() <= 16000 ? encoded
				: json.writeValueAsString(Map.of("truncated", new FieldChange(null, String.join(",", changes.keySet()))));
	}
}
