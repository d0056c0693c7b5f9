package org.openprm.deals.web;

import java.util.Map;

/**
 * The deal list columns a caller may sort by, mapped to entity properties.
 */
final class DealSort {

	static final String DEFAULT = "createdAt,desc";

	static final Map<String, String> FIELDS = Map.of("createdAt", "createdAt", "expectedCloseDate", "expectedCloseDate",
			"amount", "amount", "customer", "customer.name", "status", "status", "updatedAt", "updatedAt");

	private DealSort() {
	}

	static String valid(String sort) {
		String field = sort == null ? "" : sort.split(",")[0];
		return FIELDS.containsKey(field) ? sort : DEFAULT;
	}
}
