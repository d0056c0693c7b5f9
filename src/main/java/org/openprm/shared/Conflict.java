package org.openprm.shared;

/**
 * The request collides with existing state (a duplicate key, a concurrent change); the API answers 409.
 */
public class Conflict extends RuntimeException {

	public Conflict(String message) {
		super(message);
	}
}
