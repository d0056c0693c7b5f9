package org.openprm.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record does not exist or is outside the caller's visibility scope; both answer the same 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

	private final String recordType;

	public RecordNotFound(String recordType, Object id) {
		super(recordType + " " + id + " not found");
		this.recordType = recordType;
	}

	public static RecordNotFound of(String recordType, Object id) {
		return new RecordNotFound(recordType, id);
	}

	public String recordType() {
		return recordType;
	}
}
