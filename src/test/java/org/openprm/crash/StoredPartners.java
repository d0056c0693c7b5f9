package org.openprm.crash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openprm.NodeDatabase;

/**
 * The partners the crash test wrote, read straight from the database after the node stopped, with
 * what a complete record has: two addresses, the custom attribute, its domain and tag, and the
 * audit entry of its creation.
 */
record StoredPartners(List<Row> rows) {

	record Row(String id, String name, boolean complete) {
	}

	private static final String QUERY = """
			SELECT p.id, p.name, p.domains, p.tags,
			  (SELECT COUNT(*) FROM partner_addresses a WHERE a.partner_id = p.id) AS addresses,
			  (SELECT COUNT(*) FROM partner_attribute_values v WHERE v.partner_id = p.id) AS attributes,
			  (SELECT COUNT(*) FROM audit_entries e
			    WHERE e.subject_id = CAST(p.id AS VARCHAR(60)) AND e.action = 'created') AS audits
			FROM partners p WHERE p.name LIKE ?""";

	static StoredPartners read(NodeDatabase database, String prefix) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(QUERY)) {
			query.setString(1, prefix + " %");
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					boolean complete = rs.getInt("addresses") == 2 && rs.getInt("attributes") == 1
							&& rs.getInt("audits") == 1 && rs.getString("domains").contains(".example")
							&& rs.getString("tags").contains("crash");
					rows.add(new Row(rs.getString("id"), rs.getString("name"), complete));
				}
			}
		}
		return new StoredPartners(rows);
	}

	Map<String, List<Row>> byName() {
		return rows.stream().collect(Collectors.groupingBy(Row::name));
	}

	long partial() {
		return rows.stream().filter(row -> !row.complete()).count();
	}

	long duplicated() {
		return byName().values().stream().filter(same -> same.size() > 1).count();
	}
}
