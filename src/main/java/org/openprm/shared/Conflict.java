package org.openprm.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request collides with existing state (a duplicate key, a concurrent change); the API answers 409.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {

	public Conflict(String message) {
		super(message);
	}
}
