package org.openprm.recruitment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.openprm.recruitment.ApplicationCriteria;
import org.openprm.recruitment.ApplicationStatus;
import org.springframework.data.jpa.domain.Specification;

/**
 * Review queue filters. Applications are vendor records: the facade lets only vendor staff query them.
 */
public final class ApplicationSpecifications {

	private ApplicationSpecifications() {
	}

	public static Specification<PartnerApplication> matching(ApplicationCriteria criteria, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (criteria.status() != null) {
				where.add(cb.equal(root.get("status"), criteria.status()));
			}
			if (criteria.assigneeId() != null) {
				where.add(cb.equal(root.get("assigneeId"), criteria.assigneeId()));
			}
			if (criteria.queue() != null && !criteria.queue().isBlank()) {
				where.add(cb.equal(root.get("queue"), criteria.queue().trim()));
			}
			if (criteria.overdueOnly()) {
				where.add(cb.equal(root.get("status"), ApplicationStatus.IN_REVIEW));
				where.add(cb.lessThan(root.get("reviewDueAt"), now));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
