package org.openprm.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * Input that passed bean validation but broke a business rule; carries field errors so that the
 * UI shows them next to the field and the API returns them in the ProblemDetail.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "Invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String message) {
		return new InvalidInput(List.of(new FieldProblem(field, message)));
	}

	public static InvalidInput of(String field, String message, String code) {
		return new InvalidInput(List.of(new FieldProblem(field, message, code)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * One field's problem: an English message for the API and a code under {@code problem.*} in the
	 * message bundles, so that the UI shows it in the user's language.
	 */
	public record FieldProblem(String field, String message, String code) {

		public FieldProblem(String field, String message) {
			this(field, message, null);
		}
	}
}
