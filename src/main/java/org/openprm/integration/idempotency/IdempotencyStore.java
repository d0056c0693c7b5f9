package org.openprm.integration.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Idempotency records in the database. The primary key (caller, key) makes the first claim win even
 * when two nodes receive the same retry at once.
 */
@Component
class IdempotencyStore {

	enum Outcome {
		NEW, REPLAY, MISMATCH, IN_PROGRESS
	}

	record StoredResponse(int status, String contentType, String location, String body) {
	}

	record Claim(Outcome outcome, StoredResponse record) {
	}

	private final JdbcClient jdbc;

	IdempotencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Claim claim(String caller, String key, String requestHash) {
		try {
			jdbc.sql("INSERT INTO idempotency_records (caller, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)")
				.params(caller, key, requestHash, Timestamp.from(Instant.now()))
				.update();
			return new Claim(Outcome.NEW, null);
		}
		catch (DuplicateKeyException ex) {
			return existing(caller, key, requestHash);
		}
	}

	private Claim existing(String caller, String key, String requestHash) {
		Optional<Claim> claim = jdbc.sql("""
				SELECT request_hash, status_code, content_type, location, body
				FROM idempotency_records WHERE caller = ? AND idem_key = ?""")
			.params(caller, key)
			.query((rs, row) -> {
				if (!rs.getString("request_hash").equals(requestHash)) {
					return new Claim(Outcome.MISMATCH, null);
				}
				int status = rs.getInt("status_code");
				if (rs.wasNull()) {
					return new Claim(Outcome.IN_PROGRESS, null);
				}
				return new Claim(Outcome.REPLAY, new StoredResponse(status, rs.getString("content_type"),
						rs.getString("location"), rs.getString("body")));
			})
			.optional();
		// Released between our insert attempt and this read: treat as in progress; the client retries.
		return claim.orElse(new Claim(Outcome.IN_PROGRESS, null));
	}

	void complete(String caller, String key, int status, String contentType, String location, String body) {
		jdbc.sql("""
				UPDATE idempotency_records SET status_code = ?, content_type = ?, location = ?, body = ?
				WHERE caller = ? AND idem_key = ?""")
			.params(status, contentType, location, body, caller, key)
			.update();
	}

	void release(String caller, String key) {
		jdbc.sql("DELETE FROM idempotency_records WHERE caller = ? AND idem_key = ? AND status_code IS NULL")
			.params(caller, key)
			.update();
	}

	static String hash(String method, String path, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
