package org.openprm.programs.web.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.openprm.programs.SegmentCondition;
import org.openprm.programs.SegmentDraft;
import org.openprm.programs.SegmentField;
import org.openprm.programs.SegmentOperator;
import org.openprm.programs.SegmentRule;

/**
 * The segment editor: groups of conditions, each group joined by its own ALL/ANY, the groups joined
 * by the segment's. Programmes, tiers, types and statuses are picked from lists; other values are
 * typed, separated by commas.
 */
public class SegmentForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 1000)
	private String description;

	private Long version;

	private SegmentRule.Match match = SegmentRule.Match.ANY;

	@Valid
	private List<GroupForm> groups = new ArrayList<>();

	public static SegmentForm blank() {
		SegmentForm form = new SegmentForm();
		form.groups.add(GroupForm.blank());
		return form;
	}

	/** The editor shows two levels; a rule nested deeper (defined through the API) is shown read-only. */
	public static boolean editable(SegmentRule rule) {
		return rule.depth() <= 2;
	}

	public static SegmentForm of(String name, String description, long version, SegmentRule rule) {
		SegmentForm form = new SegmentForm();
		form.name = name;
		form.description = description;
		form.version = version;
		form.match = rule.match();
		if (!rule.conditions().isEmpty()) {
			form.groups.add(GroupForm.of(new SegmentRule(rule.match(), rule.conditions(), List.of())));
		}
		rule.groups().forEach(group -> form.groups.add(GroupForm.of(group)));
		if (form.groups.isEmpty()) {
			form.groups.add(GroupForm.blank());
		}
		return form;
	}

	public SegmentRule toRule() {
		// Nothing is dropped: an empty row is reported next to itself rather than silently ignored.
		List<SegmentRule> rules = groups.stream().map(GroupForm::toRule).toList();
		return new SegmentRule(match, List.of(), rules);
	}

	public SegmentDraft toDraft() {
		return new SegmentDraft(name, description, toRule());
	}

	public static class GroupForm {

		private SegmentRule.Match match = SegmentRule.Match.ALL;

		private List<ConditionForm> conditions = new ArrayList<>();

		static GroupForm blank() {
			GroupForm group = new GroupForm();
			group.conditions.add(new ConditionForm());
			return group;
		}

		static GroupForm of(SegmentRule rule) {
			GroupForm group = new GroupForm();
			group.match = rule.match();
			rule.conditions().forEach(c -> group.conditions.add(ConditionForm.of(c)));
			return group;
		}

		SegmentRule toRule() {
			return new SegmentRule(match, conditions.stream().map(ConditionForm::toCondition).toList(), List.of());
		}

		public SegmentRule.Match getMatch() {
			return match;
		}

		public void setMatch(SegmentRule.Match match) {
			this.match = match;
		}

		public List<ConditionForm> getConditions() {
			return conditions;
		}

		public void setConditions(List<ConditionForm> conditions) {
			this.conditions = conditions;
		}
	}

	public static class ConditionForm {

		private SegmentField field = SegmentField.COUNTRY;

		private SegmentOperator operator = SegmentOperator.IN;

		private String attribute;

		private List<String> choices = new ArrayList<>();

		@Size(max = 2000)
		private String text;

		static ConditionForm of(SegmentCondition condition) {
			ConditionForm form = new ConditionForm();
			form.field = condition.field();
			form.operator = condition.operator();
			form.attribute = condition.attribute();
			if (form.picked()) {
				form.choices = new ArrayList<>(condition.values());
			}
			else {
				form.text = String.join(", ", condition.values());
			}
			return form;
		}

		/** Whether the values are picked from a list rather than typed. */
		public boolean picked() {
			return field == SegmentField.PROGRAM || field == SegmentField.TIER || field == SegmentField.TYPE
					|| field == SegmentField.STATUS || field == SegmentField.COMPLIANCE;
		}

		SegmentCondition toCondition() {
			List<String> values = picked() ? choices : text == null ? List.of() : Arrays.stream(text.split(",")).toList();
			boolean named = field == SegmentField.ATTRIBUTE || field == SegmentField.FIGURE;
			return new SegmentCondition(field, operator, named ? attribute : null, values);
		}

		public SegmentField getField() {
			return field;
		}

		public void setField(SegmentField field) {
			this.field = field;
		}

		public SegmentOperator getOperator() {
			return operator;
		}

		public void setOperator(SegmentOperator operator) {
			this.operator = operator;
		}

		public String getAttribute() {
			return attribute;
		}

		public void setAttribute(String attribute) {
			this.attribute = attribute;
		}

		public List<String> getChoices() {
			return choices;
		}

		public void setChoices(List<String> choices) {
			this.choices = choices;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public SegmentRule.Match getMatch() {
		return match;
	}

	public void setMatch(SegmentRule.Match match) {
		this.match = match;
	}

	public List<GroupForm> getGroups() {
		return groups;
	}

	public void setGroups(List<GroupForm> groups) {
		this.groups = groups;
	}
}
