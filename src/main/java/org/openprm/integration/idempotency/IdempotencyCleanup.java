package org.openprm.integration.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency records after their retention period (default 24 hours), as clients retry
 * within minutes. Deleting is harmless if several nodes do it at the same time.
 */
@Component
class IdempotencyCleanup {

	private final JdbcClient jdbc;

	private final Duration retention;

	IdempotencyCleanup(JdbcClient jdbc, @Value("${prm.api.idempotency-retention:24h}") Duration retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${prm.api.idempotency-cleanup-interval:1h}", initialDelayString = "5m")
	void forgetOldRecords() {
		jdbc.sql("DELETE FROM idempotency_records WHERE created_at < ?")
			.param(Timestamp.from(Instant.now().minus(retention)))
			.update();
	}
}
