package org.openprm.recruitment.domain;

import java.util.UUID;

import jakarta.persistence.Embeddable;

import org.openprm.recruitment.DuplicateFlag;

/**
 * One duplicate flag as stored with its application.
 */
@Embeddable
class DuplicateColumns {

	private String kind;

	private UUID recordId;

	private String recordName;

	private String reason;

	protected DuplicateColumns() {
	}

	DuplicateColumns(DuplicateFlag flag) {
		this.kind = flag.kind();
		this.recordId = flag.recordId();
		this.recordName = flag.recordName();
		this.reason = flag.reason();
	}

	DuplicateFlag toFlag() {
		return new DuplicateFlag(kind, recordId, recordName, reason);
	}
}
