package org.openprm.programs.domain.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.partners.AttributeType;
import org.openprm.programs.SegmentCondition;
import org.openprm.programs.SegmentField;
import org.openprm.programs.SegmentOperator;
import org.openprm.programs.SegmentRule;
import org.openprm.shared.InvalidInput.FieldProblem;

class SegmentRulesTests {

	private static final UUID GOLD = UUID.randomUUID();

	private static final SegmentRules.Vocabulary VOCABULARY = new SegmentRules.Vocabulary(Set.of(), Set.of(GOLD),
			Map.of("employees", AttributeType.NUMBER, "partner_since", AttributeType.DATE, "focus", AttributeType.CHOICE));

	@Test
	void acceptsARuleOfKnownFieldsValuesAndComparisons() {
		SegmentRule rule = SegmentRule.all(SegmentCondition.of(SegmentField.COUNTRY, SegmentOperator.IN, "de", "AT"),
				SegmentCondition.of(SegmentField.TIER, SegmentOperator.AT_LEAST, GOLD.toString()),
				SegmentCondition.attribute("employees", SegmentOperator.AT_LEAST, "10"),
				SegmentCondition.attribute("partner_since", SegmentOperator.AT_MOST, "2024-01-31"))
			.with(SegmentRule.any(SegmentCondition.of(SegmentField.TYPE, SegmentOperator.NOT_IN, "referral")));

		assertThat(SegmentRules.problems(rule, VOCABULARY)).isEmpty();
	}

	@Test
	void namesTheNestedFieldOfEachProblem() {
		SegmentRule rule = SegmentRule.all(SegmentCondition.of(SegmentField.COUNTRY, SegmentOperator.AT_LEAST, "DE"))
			.with(SegmentRule.any(SegmentCondition.of(SegmentField.COUNTRY, SegmentOperator.IN, "Germany"),
					SegmentCondition.attribute("headcount", SegmentOperator.IN, "5"),
					SegmentCondition.of(SegmentField.TIER, SegmentOperator.IN, UUID.randomUUID().toString()),
					SegmentCondition.attribute("focus", SegmentOperator.AT_LEAST, "SMB"),
					SegmentCondition.of(SegmentField.TAG, SegmentOperator.IN, " ", "")));

		assertThat(SegmentRules.problems(rule, VOCABULARY)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rule.conditions[0].operator", "segment.operator"),
					org.assertj.core.groups.Tuple.tuple("rule.groups[0].conditions[0].values", "segment.value"),
					org.assertj.core.groups.Tuple.tuple("rule.groups[0].conditions[1].attribute", "segment.attribute"),
					org.assertj.core.groups.Tuple.tuple("rule.groups[0].conditions[2].values", "segment.value"),
					org.assertj.core.groups.Tuple.tuple("rule.groups[0].conditions[3].values", "segment.value"),
					org.assertj.core.groups.Tuple.tuple("rule.groups[0].conditions[4].values", "segment.noValue"));
	}

	@Test
	void refusesRulesTooLargeOrTooDeepToEvaluateQuickly() {
		SegmentCondition country = SegmentCondition.of(SegmentField.COUNTRY, SegmentOperator.IN, "DE");
		SegmentRule large = new SegmentRule(SegmentRule.Match.ANY, java.util.Collections.nCopies(51, country), List.of());
		SegmentRule deep = SegmentRule.all(country)
			.with(SegmentRule.all(country).with(SegmentRule.all(country).with(SegmentRule.all(country))));

		assertThat(SegmentRules.problems(large, VOCABULARY)).extracting(FieldProblem::code).contains("segment.tooLarge");
		assertThat(SegmentRules.problems(deep, VOCABULARY)).extracting(FieldProblem::code).contains("segment.tooDeep");
	}

	@Test
	void anOrderedComparisonTakesExactlyOneValue() {
		SegmentRule rule = SegmentRule.all(SegmentCondition.attribute("employees", SegmentOperator.AT_LEAST, "5", "10"));

		assertThat(SegmentRules.problems(rule, VOCABULARY)).extracting(FieldProblem::code).containsExactly("segment.oneValue");
	}

	@Test
	void theQueryKeepsEveryValueAParameterAndNeverPartOfTheSql() {
		SegmentRule rule = SegmentRule.any(SegmentCondition.of(SegmentField.REGION, SegmentOperator.IN, "x') OR 1=1 --"),
				SegmentCondition.of(SegmentField.TAG, SegmentOperator.NOT_IN, "cloud"));

		SegmentQuery query = SegmentQuery.of(rule);

		assertThat(query.where()).doesNotContain("OR 1=1").contains(" OR ").contains("NOT (p.tags LIKE ?)");
		assertThat(query.parameters()).containsExactly("X') OR 1=1 --", "%,cloud,%");
	}
}
