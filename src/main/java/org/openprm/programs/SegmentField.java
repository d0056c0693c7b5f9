package org.openprm.programs;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a segment condition looks at, and which comparisons make sense for it. {@code COMPLIANCE} is the
 * status the last tier evaluation gave a membership (compliant, at risk...); {@code FIGURE} compares a
 * partner's figure (a {@link Metric}, named in the condition's {@code attribute}: customer satisfaction,
 * revenue, won deals...) with a number.
 */
public enum SegmentField {

	PROGRAM, TIER, COMPLIANCE, TYPE, STATUS, COUNTRY, REGION, TAG, ATTRIBUTE, FIGURE;

	public Set<SegmentOperator> operators() {
		return switch (this) {
			case TIER, ATTRIBUTE -> EnumSet.allOf(SegmentOperator.class);
			case FIGURE -> EnumSet.of(SegmentOperator.AT_LEAST, SegmentOperator.AT_MOST);
			default -> EnumSet.of(SegmentOperator.IN, SegmentOperator.NOT_IN);
		};
	}
}
