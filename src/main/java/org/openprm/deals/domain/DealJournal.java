package org.openprm.deals.domain;

import java.time.Instant;
import java.util.Map;

import org.openprm.deals.DealChanged;
import org.openprm.identity.Actor;
import org.openprm.shared.FieldChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to a deal twice: into its timeline, which both sides read, and as an auditable
 * event for the audit trail. Every change goes through here, so neither misses one.
 */
@Component
public class DealJournal {

	private final TimelineRepository timeline;

	private final ApplicationEventPublisher events;

	DealJournal(TimelineRepository timeline, ApplicationEventPublisher events) {
		this.timeline = timeline;
		this.events = events;
	}

	/** Records the changed fields; a status change becomes a status line with its reason as note. */
	public void changed(DealRegistration registration, Actor actor, String action, FieldChange.Diff diff, Instant at) {
		if (diff.isEmpty()) {
			return;
		}
		Map<String, FieldChange> changes = diff.changes();
		FieldChange reason = changes.get("reason");
		changes.forEach((field, change) -> {
			if (field.equals("reason")) {
				return;
			}
			boolean status = field.equals("status");
			timeline.save(new TimelineRecord(registration.id(), at, actor.userId(), actor.displayName(),
					status ? "status" : "field", field, change.before(), change.after(),
					status && reason != null ? reason.after() : null));
		});
		events.publishEvent(new DealChanged(registration.id(), registration.partnerId(), action, changes));
	}

	/**
	 * A change that names other partners (who else takes part in the deal): the timeline, which the
	 * deal's partner reads, shows it as {@code shown}; the audit entry keeps the full change and is the
	 * vendor's alone (filed under no partner), so no partner learns another's id from it.
	 */
	public void changedForVendor(DealRegistration registration, Actor actor, String action, FieldChange.Diff audited,
			FieldChange.Diff shown, Instant at) {
		if (audited.isEmpty()) {
			return;
		}
		shown.changes().forEach((field, change) -> timeline.save(new TimelineRecord(registration.id(), at,
				actor.userId(), actor.displayName(), "field", field, change.before(), change.after(), null)));
		events.publishEvent(new DealChanged(registration.id(), null, action, audited.changes()));
	}

	/** A line without a field change: a comment, an escalation, a reminder. */
	public void note(DealRegistration registration, Actor actor, String kind, String note, Instant at) {
		timeline.save(new TimelineRecord(registration.id(), at, actor.userId(), actor.displayName(), kind, null, null,
				null, note));
		events.publishEvent(new DealChanged(registration.id(), registration.partnerId(), kind,
				Map.of(kind, new FieldChange(null, note))));
	}
}
