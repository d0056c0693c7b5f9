package org.openprm.programs;

/**
 * How a condition compares: one of the values, none of them, or at least / at most the single value
 * (a tier's rank, a number or an ISO date).
 */
public enum SegmentOperator {

	IN, NOT_IN, AT_LEAST, AT_MOST;

	public boolean ordered() {
		return this == AT_LEAST || this == AT_MOST;
	}
}
