package org.openprm.shared.web;

/**
 * The base of every ProblemDetail {@code type}; docs/api.md lists the types.
 */
public final class ProblemTypes {

	public static final String BASE = "https://openprm.org/problems/";

	private ProblemTypes() {
	}
}
