package org.openprm.programs.web.segments;

import org.openprm.programs.web.segments.SegmentForm.ConditionForm;
import org.openprm.programs.web.segments.SegmentForm.GroupForm;

/**
 * The editor's buttons that change the shape of a rule without saving it: {@code addGroup},
 * {@code addCondition:<group>}, {@code removeCondition:<group>:<condition>} and {@code refresh}
 * (after a field was changed, so that the matching value input is shown).
 */
final class SegmentEditing {

	private SegmentEditing() {
	}

	static SegmentForm apply(SegmentForm form, String action) {
		String[] parts = action.split(":");
		switch (parts[0]) {
			case "addGroup" -> form.getGroups().add(GroupForm.blank());
			case "addCondition" -> group(form, parts, 1).getConditions().add(new ConditionForm());
			case "removeCondition" -> removeCondition(form, parts);
			default -> {
				// refresh: the form is shown again as entered
			}
		}
		return form;
	}

	private static void removeCondition(SegmentForm form, String[] parts) {
		GroupForm group = group(form, parts, 1);
		int index = index(parts, 2);
		if (index >= 0 && index < group.getConditions().size()) {
			group.getConditions().remove(index);
		}
		if (group.getConditions().isEmpty()) {
			form.getGroups().remove(group);
		}
	}

	private static GroupForm group(SegmentForm form, String[] parts, int position) {
		int index = index(parts, position);
		if (index < 0 || index >= form.getGroups().size()) {
			GroupForm added = GroupForm.blank();
			form.getGroups().add(added);
			return added;
		}
		return form.getGroups().get(index);
	}

	private static int index(String[] parts, int position) {
		try {
			return parts.length > position ? Integer.parseInt(parts[position]) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
