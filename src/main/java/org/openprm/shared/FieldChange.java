package org.openprm.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The value of one field before and after a change, as text.
 */
public record FieldChange(String before, String after) {

	/** Collects only fields whose value really changed, in the order they were offered. */
	public static final class Diff {

		private final Map<String, FieldChange> changes = new LinkedHashMap<>();

		public Diff field(String name, Object before, Object after) {
			String b = before == null ? null : before.toString();
			String a = after == null ? null : after.toString();
			if (!Objects.equals(b, a)) {
				changes.put(name, new FieldChange(b, a));
			}
			return this;
		}

		public Map<String, FieldChange> changes() {
			return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
		}

		public boolean isEmpty() {
			return changes.isEmpty();
		}
	}
}
