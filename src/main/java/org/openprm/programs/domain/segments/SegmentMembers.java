package org.openprm.programs.domain.segments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openprm.programs.SegmentMember;
import org.openprm.programs.SegmentRule;
import org.openprm.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a rule's partners in the database: counted, paged by name, tested one by one, or all ids.
 * Terminated partners belong to no segment.
 */
@Component
public class SegmentMembers {

	private static final String LIVE = "p.status <> 'TERMINATED' AND ";

	private final JdbcClient jdbc;

	SegmentMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long count(SegmentRule rule) {
		SegmentQuery query = SegmentQuery.of(rule);
		return jdbc.sql("SELECT COUNT(*) FROM partners p WHERE " + LIVE + query.where()).params(query.parameters())
			.query(Long.class).single();
	}

	public PageResult<SegmentMember> page(SegmentRule rule, int page, int size) {
		SegmentQuery query = SegmentQuery.of(rule);
		List<SegmentMember> items = jdbc
			.sql("SELECT p.id, p.name, p.type, p.status, p.country FROM partners p WHERE " + LIVE + query.where()
					+ " ORDER BY p.name_key, p.id OFFSET " + (long) page * size + " ROWS FETCH NEXT " + size + " ROWS ONLY")
			.params(query.parameters())
			.query((rs, n) -> new SegmentMember(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("type"), rs.getString("status"), rs.getString("country")))
			.list();
		return new PageResult<>(items, page, size, count(rule));
	}

	public boolean contains(SegmentRule rule, UUID partnerId) {
		SegmentQuery query = SegmentQuery.of(rule);
		List<Object> parameters = new java.util.ArrayList<>(query.parameters());
		parameters.add(partnerId);
		return jdbc.sql("SELECT COUNT(*) FROM partners p WHERE " + LIVE + query.where() + " AND p.id = ?")
			.params(parameters).query(Long.class).single() > 0;
	}

	public Set<UUID> ids(SegmentRule rule) {
		SegmentQuery query = SegmentQuery.of(rule);
		return new HashSet<>(jdbc.sql("SELECT p.id FROM partners p WHERE " + LIVE + query.where())
			.params(query.parameters()).query(UUID.class).list());
	}
}
