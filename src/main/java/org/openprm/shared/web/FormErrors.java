package org.openprm.shared.web;

import org.openprm.shared.InvalidInput;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts business-rule errors from a module facade next to the form field they concern.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInput problems, BindingResult errors) {
		for (InvalidInput.FieldProblem problem : problems.problems()) {
			String field = formField(problem.field());
			try {
				errors.getFieldType(field);
				errors.rejectValue(field, code(problem), problem.message());
			}
			catch (NotReadablePropertyException | IllegalArgumentException ex) {
				errors.reject(code(problem), problem.field() + ": " + problem.message());
			}
		}
	}

	/** The bundle key {@code problem.<code>}; without a code the English message is shown as it is. */
	private static String code(InvalidInput.FieldProblem problem) {
		return problem.code() == null ? "invalid" : "problem." + problem.code();
	}

	/** {@code attributes.size} becomes {@code attributes[size]}, {@code domains[2]} becomes {@code domains}. */
	private static String formField(String field) {
		if (field.startsWith("attributes.")) {
			return "attributes[" + field.substring("attributes.".length()) + "]";
		}
		return field.replaceFirst("\\[\\d+]$", "");
	}
}
