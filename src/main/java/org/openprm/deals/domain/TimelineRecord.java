package org.openprm.deals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;
import org.openprm.deals.TimelineEntry;

/**
 * One appended line of a deal's timeline. Never changed once written.
 */
@Entity
@Table(name = "deal_timeline")
public class TimelineRecord implements Persistable<UUID> {

	/** Always new until written: saving it inserts without first looking for an existing row. */
	@Transient
	private boolean fresh = true;

	@Id
	private UUID id;

	private UUID registrationId;

	private Instant at;

	private UUID actorId;

	private String actorName;

	private String kind;

	private String field;

	@Column(name = "before_value")
	private String before;

	@Column(name = "after_value")
	private String after;

	private String note;

	protected TimelineRecord() {
	}

	public TimelineRecord(UUID registrationId, Instant at, UUID actorId, String actorName, String kind, String field,
			String before, String after, String note) {
		this.id = UUID.randomUUID();
		this.registrationId = registrationId;
		this.at = at;
		this.actorId = actorId;
		this.actorName = actorName;
		this.kind = kind;
		this.field = field;
		this.before = clip(before);
		this.after = clip(after);
		this.note = clip(note);
	}

	private static String clip(String text) {
		return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
	}

	public TimelineEntry toEntry() {
		return new TimelineEntry(id, at, actorId, actorName, kind, field, before, after, note);
	}
	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void written() {
		this.fresh = false;
	}
}
