package org.openprm.leads.domain;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openprm.leads.LeadStatus;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the oldest open lead of each of many companies in one query, for imports that check a chunk of rows
 * for duplicates at once. The keys travel as one array parameter: PostgreSQL's cached generic plan for a list
 * of thousands of parameters compared every row with every key once the table had grown, while a single array
 * keeps the plan on the company index.
 */
@Component
public class OpenLeadsByCompany {

	private static final Set<LeadStatus> OPEN = LeadStatus.openStatuses();

	private final JdbcTemplate jdbc;

	OpenLeadsByCompany(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Company key to the id of its oldest open lead, for the keys that have one. */
	public Map<String, UUID> oldest(Collection<String> companyKeys) {
		Map<String, UUID> oldest = new HashMap<>();
		if (companyKeys.isEmpty()) {
			return oldest;
		}
		// The status is checked here, not in SQL, so that the company index is the plan's only choice.
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			Array keys = connection.createArrayOf("varchar", companyKeys.toArray());
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT company_key, id, status FROM leads WHERE company_key = ANY(?) ORDER BY created_at, id")) {
				query.setArray(1, keys);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						if (OPEN.contains(LeadStatus.valueOf(rows.getString(3)))) {
							oldest.putIfAbsent(rows.getString(1), rows.getObject(2, UUID.class));
						}
					}
				}
			}
			finally {
				keys.free();
			}
			return null;
		});
		return oldest;
	}
}
