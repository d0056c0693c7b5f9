package org.openprm.shared.web;

import java.util.Map;

import org.openprm.shared.InvalidInput;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort=field,asc|desc} into a Pageable, refusing
 * unknown sort fields and oversized pages with a field error.
 */
public final class Paging {

	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	public static Pageable of(int page, int size, String sort, Map<String, String> sortable) {
		if (page < 0) {
			throw InvalidInput.of("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "must be between 1 and " + MAX_SIZE);
		}
		String[] parts = (sort == null || sort.isBlank() ? "name" : sort).split(",");
		String property = sortable.get(parts[0].trim());
		if (property == null) {
			throw InvalidInput.of("sort", "must be one of " + sortable.keySet());
		}
		Sort.Direction direction = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc") ? Sort.Direction.DESC
				: Sort.Direction.ASC;
		return PageRequest.of(page, size, Sort.by(direction, property).and(Sort.by("id")));
	}

	/** Reads an If-Match header ({@code "3"} or {@code 3}) as the expected version. */
	public static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of("If-Match", "must be the version number of the record");
		}
	}
}
