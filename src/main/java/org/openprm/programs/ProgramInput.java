package org.openprm.programs;

import java.util.regex.Pattern;

import org.openprm.shared.InvalidInput;

/**
 * The rules programme and tier input must keep, the same for the API, the portal and demo data.
 */
final class ProgramInput {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,59}");

	private ProgramInput() {
	}

	static String key(String field, String key) {
		String trimmed = key == null ? "" : key.trim();
		if (!KEY.matcher(trimmed).matches()) {
			throw InvalidInput.of(field, "must be lower-case letters, digits, - or _ (at most 60), starting with a letter",
					"program.key");
		}
		return trimmed;
	}

	static String name(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 200) {
			throw InvalidInput.of("name", "is required (at most 200 characters)", "required");
		}
		return name.trim();
	}

	static String text(String text) {
		if (text != null && text.length() > 4000) {
			throw InvalidInput.of("description", "must be at most 4000 characters", "program.description.tooLong");
		}
		return text == null || text.isBlank() ? null : text.trim();
	}
}
