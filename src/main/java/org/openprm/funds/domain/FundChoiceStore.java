package org.openprm.funds.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The vendor's lists of activity types and marketing themes. */
@Component
public class FundChoiceStore {

	public static final String ACTIVITY_TYPE = "ACTIVITY_TYPE";

	public static final String THEME = "THEME";

	private final JdbcClient jdbc;

	FundChoiceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> active(String kind) {
		return jdbc.sql("SELECT name FROM fund_choices WHERE kind = ? AND active = TRUE ORDER BY name").param(kind)
			.query(String.class).list();
	}

	public void add(String kind, String name) {
		int updated = jdbc.sql("UPDATE fund_choices SET active = TRUE WHERE kind = ? AND name = ?").params(kind, name).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO fund_choices (id, kind, name, active) VALUES (?, ?, ?, TRUE)")
				.params(UUID.randomUUID(), kind, name).update();
		}
	}
}
