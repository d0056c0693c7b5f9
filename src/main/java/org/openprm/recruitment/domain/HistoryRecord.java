package org.openprm.recruitment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openprm.recruitment.ApplicationHistoryEntry;

/**
 * One step in an application's history.
 */
@Entity
@Table(name = "application_history")
public class HistoryRecord {

	@Id
	private UUID id;

	private UUID applicationId;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String detail;

	protected HistoryRecord() {
	}

	public HistoryRecord(UUID applicationId, Instant occurredAt, String actor, String action, String detail) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
	}

	public ApplicationHistoryEntry toEntry() {
		return new ApplicationHistoryEntry(occurredAt, actor, action, detail);
	}
}
