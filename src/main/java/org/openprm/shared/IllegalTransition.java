package org.openprm.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A state machine refused a transition; the API answers 409.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalTransition extends RuntimeException {

	public IllegalTransition(String subject, Object from, Object to) {
		super(subject + " cannot change from " + from + " to " + to);
	}
}
