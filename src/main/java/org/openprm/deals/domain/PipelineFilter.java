package org.openprm.deals.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openprm.deals.DealCriteria;
import org.openprm.deals.DealStatus;
import org.openprm.identity.ScopedQueries;
import org.openprm.identity.VisibilityScope;

/**
 * The deal list's filters as an SQL condition on {@code deal_registrations r}, always within the caller's
 * scope: the same rows {@link DealSpecifications} lets the list show, so that reports and exports never
 * count or show a registration the list would hide.
 *
 * @param where the condition, with named parameters
 * @param params the values of those parameters
 */
public record PipelineFilter(String where, Map<String, Object> params) {

	public static PipelineFilter of(DealCriteria criteria, VisibilityScope scope, Collection<DealStatus> statuses) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		conditions.add("(" + ScopedQueries.readableSql(scope, "r.partner_id") + " OR "
				+ ScopedQueries.readableSql(scope, "r.distributor_id") + ")");
		params.put("scopePartnerIds", ScopedQueries.parameter(scope));
		conditions.add("r.status IN (:statuses)");
		params.put("statuses", statuses.stream().map(DealStatus::name).toList());
		if (criteria.status() != null) {
			conditions.add("r.status = :status");
			params.put("status", criteria.status().name());
		}
		if (criteria.partnerId() != null) {
			conditions.add("r.partner_id = :partnerId");
			params.put("partnerId", criteria.partnerId());
		}
		if (criteria.stage() != null) {
			conditions.add("r.stage = :stage");
			params.put("stage", criteria.stage().name());
		}
		if (criteria.closeFrom() != null) {
			conditions.add("r.expected_close_date >= :closeFrom");
			params.put("closeFrom", criteria.closeFrom());
		}
		if (criteria.closeTo() != null) {
			conditions.add("r.expected_close_date <= :closeTo");
			params.put("closeTo", criteria.closeTo());
		}
		if (criteria.query() != null && !criteria.query().isBlank()) {
			conditions.add("(LOWER(r.customer_name) LIKE :like ESCAPE '\\' OR LOWER(r.customer_domain) LIKE :like ESCAPE '\\')");
			params.put("like", "%" + criteria.query().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
				.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return new PipelineFilter(String.join(" AND ", conditions), params);
	}
}
