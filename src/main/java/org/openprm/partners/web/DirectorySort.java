package org.openprm.partners.web;

import java.util.Map;

/**
 * The directory columns a caller may sort by, mapped to entity properties.
 */
final class DirectorySort {

	static final Map<String, String> FIELDS = Map.of("name", "nameKey", "country", "country", "type", "type",
			"status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

	private DirectorySort() {
	}
}
