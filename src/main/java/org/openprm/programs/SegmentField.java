package org.openprm.programs;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a segment condition looks at, and which comparisons make sense for it.
 */
public enum SegmentField {

	PROGRAM, TIER, TYPE, STATUS, COUNTRY, REGION, TAG, ATTRIBUTE;

	public Set<SegmentOperator> operators() {
		return switch (this) {
			case TIER, ATTRIBUTE -> EnumSet.allOf(SegmentOperator.class);
			default -> EnumSet.of(SegmentOperator.IN, SegmentOperator.NOT_IN);
		};
	}
}
