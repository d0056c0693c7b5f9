package org.openprm.shared;

/**
 * A state machine refused a transition; the API answers 409.
 */
public class IllegalTransition extends RuntimeException {

	public IllegalTransition(String subject, Object from, Object to) {
		super(subject + " cannot change from " + from + " to " + to);
	}
}
