package org.openprm.benchmark;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cheapest possible database work per request, in plain SQL without transactions, JPA or checks:
 * the floor under every OpenPRM endpoint. It writes into a table of its own, created when the probe is
 * switched on, so that the application's schema (Flyway's) stays free of it.
 */
@Component
@ConditionalOnBooleanProperty(CeilingProbe.ENABLED)
public class CeilingProbe {

	public static final String ENABLED = "prm.benchmark.ceiling-endpoints";

	private final JdbcClient jdbc;

	CeilingProbe(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("CREATE TABLE IF NOT EXISTS benchmark_ceiling (id UUID NOT NULL PRIMARY KEY, "
				+ "payload VARCHAR(200) NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)").update();
	}

	/** One INSERT of one row; returns its id. */
	public UUID insert(String payload) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO benchmark_ceiling (id, payload, created_at) VALUES (?, ?, ?)")
			.params(id, payload, java.sql.Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/**
	 * One SELECT of one partner row by primary key: the same row {@code GET /api/v1/partners/{id}} reads,
	 * without the visibility scope, the token check or the mapping.
	 */
	public Optional<Map<String, Object>> partnerRow(UUID id) {
		return jdbc.sql("SELECT id, name, country FROM partners WHERE id = ?").param(id).query().listOfRows().stream()
			.findFirst();
	}
}
