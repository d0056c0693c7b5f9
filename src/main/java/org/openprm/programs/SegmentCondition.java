package org.openprm.programs;

import java.util.List;

/**
 * One test of a partner: its {@code field} compared by {@code operator} with {@code values}.
 * {@code attribute} names the custom attribute when the field is {@link SegmentField#ATTRIBUTE}, the
 * metric when it is {@link SegmentField#FIGURE}.
 * Programmes and tiers are named by id; a tier compared with {@link SegmentOperator#AT_LEAST} means
 * "in that tier's programme, at that tier or above".
 */
public record SegmentCondition(SegmentField field, SegmentOperator operator, String attribute, List<String> values) {

	public SegmentCondition {
		operator = operator == null ? SegmentOperator.IN : operator;
		values = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.trim())
			.filter(v -> !v.isEmpty()).distinct().toList();
		attribute = attribute == null || attribute.isBlank() ? null : attribute.trim();
	}

	public static SegmentCondition of(SegmentField field, SegmentOperator operator, String... values) {
		return new SegmentCondition(field, operator, null, List.of(values));
	}

	public static SegmentCondition attribute(String key, SegmentOperator operator, String... values) {
		return new SegmentCondition(SegmentField.ATTRIBUTE, operator, key, List.of(values));
	}
}
