package org.openprm.integration.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Idempotency records in the database. The primary key (caller, key) makes the first claim win even
 * when two nodes receive the same retry at once. A record is written in the same transaction as the
 * request's changes, so a crash can never keep one without the other.
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

	/**
	 * Claims the key inside the caller's transaction, so the claim commits or rolls back with the
	 * request's changes. A second request with the same key waits for the first one's transaction
	 * to end, then sees its response (or claims the key itself if the first one rolled back).
	 */
	Claim claim(String caller, String key, String requestHash) {
		int inserted;
		try {
			inserted = jdbc.sql("""
					INSERT INTO idempotency_records (caller, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(caller, key, requestHash, Timestamp.from(Instant.now()))
				.update();
		}
		catch (PessimisticLockingFailureException ex) {
			// H2 gives up waiting for the other transaction after its lock timeout.
			return new Claim(Outcome.IN_PROGRESS, null);
		}
		return inserted == 1 ? new Claim(Outcome.NEW, null) : existing(caller, key, requestHash);
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
		// The other request rolled back between our insert and this read: the client retries.
		return claim.orElse(new Claim(Outcome.IN_PROGRESS, null));
	}

	/** Stores the response on the claimed key, in the transaction that made the request's changes. */
	void complete(String caller, String key, StoredResponse response) {
		jdbc.sql("""
				UPDATE idempotency_records SET status_code = ?, content_type = ?, location = ?, body = ?
				WHERE caller = ? AND idem_key = ?""")
			.params(response.status(), response.contentType(), response.location(), response.body(), caller, key)
			.update();
	}

	/** Stores a refusal whose transaction was rolled back: it changed nothing, so it may stand alone. */
	void remember(String caller, String key, String requestHash, StoredResponse response) {
		jdbc.sql("""
				INSERT INTO idempotency_records (caller, idem_key, request_hash, status_code, content_type, location, body,
				  created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(caller, key, requestHash, response.status(), response.contentType(), response.location(),
					response.body(), Timestamp.from(Instant.now()))
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
