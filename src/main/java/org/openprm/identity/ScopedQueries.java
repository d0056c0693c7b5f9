package org.openprm.identity;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * Applies a {@link VisibilityScope} to list queries, in JPA criteria and in plain SQL, so that lists,
 * counts, searches and exports filter exactly as loads by id do.
 */
public final class ScopedQueries {

	private ScopedQueries() {
	}

	/** A predicate that keeps only rows whose partner column is readable; vendor-wide rows only for vendors. */
	public static Predicate readable(VisibilityScope scope, CriteriaBuilder cb, Expression<UUID> partnerColumn) {
		if (scope.vendor()) {
			return cb.conjunction();
		}
		return partnerColumn.in(scope.readablePartnerIds());
	}

	/** An SQL condition for {@code column} with named parameter {@code :scopePartnerIds}; bind it with {@link #parameter}. */
	public static String readableSql(VisibilityScope scope, String column) {
		return scope.vendor() ? "1 = 1" : column + " IN (:scopePartnerIds)";
	}

	public static Object parameter(VisibilityScope scope) {
		return scope.vendor() ? List.of(new UUID(0, 0)) : scope.readablePartnerIds();
	}
}
