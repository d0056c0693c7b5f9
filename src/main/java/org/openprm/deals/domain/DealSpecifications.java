package org.openprm.deals.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.openprm.deals.DealCriteria;
import org.openprm.identity.ScopedQueries;
import org.openprm.identity.VisibilityScope;
import org.springframework.data.jpa.domain.Specification;

/**
 * The deal list's filters, always within the caller's scope: its own registrations and those that
 * came through it as distributor (or its resellers'), everything for vendor staff.
 */
public final class DealSpecifications {

	private DealSpecifications() {
	}

	public static Specification<DealRegistration> matching(DealCriteria criteria, VisibilityScope scope) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.or(ScopedQueries.readable(scope, cb, root.get("partnerId")),
					ScopedQueries.readable(scope, cb, root.get("distributorId"))));
			if (criteria.status() != null) {
				predicates.add(cb.equal(root.get("status"), criteria.status()));
			}
			if (criteria.partnerId() != null) {
				predicates.add(cb.equal(root.get("partnerId"), criteria.partnerId()));
			}
			if (criteria.stage() != null) {
				predicates.add(cb.equal(root.get("stage"), criteria.stage()));
			}
			if (criteria.closeFrom() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("expectedCloseDate"), criteria.closeFrom()));
			}
			if (criteria.closeTo() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("expectedCloseDate"), criteria.closeTo()));
			}
			if (criteria.query() != null && !criteria.query().isBlank()) {
				String like = "%" + criteria.query().trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("customer").get("name")), like, '\\'),
						cb.like(cb.lower(root.get("customer").get("domain")), like, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}
}
