package org.openprm.programs;

import java.util.List;

/**
 * The rule that decides which partners belong to a segment: its conditions and nested groups, joined
 * by AND ({@link Match#ALL}) or OR ({@link Match#ANY}). A rule without conditions and groups matches
 * every partner.
 */
public record SegmentRule(Match match, List<SegmentCondition> conditions, List<SegmentRule> groups) {

	public enum Match {
		ALL, ANY
	}

	public SegmentRule {
		match = match == null ? Match.ALL : match;
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	public static SegmentRule all(SegmentCondition... conditions) {
		return new SegmentRule(Match.ALL, List.of(conditions), List.of());
	}

	public static SegmentRule any(SegmentCondition... conditions) {
		return new SegmentRule(Match.ANY, List.of(conditions), List.of());
	}

	public SegmentRule with(SegmentRule group) {
		List<SegmentRule> all = new java.util.ArrayList<>(groups);
		all.add(group);
		return new SegmentRule(match, conditions, all);
	}

	/** How many conditions the rule holds, nested groups included. */
	public int size() {
		return conditions.size() + groups.stream().mapToInt(SegmentRule::size).sum();
	}

	public int depth() {
		return 1 + groups.stream().mapToInt(SegmentRule::depth).max().orElse(0);
	}
}
