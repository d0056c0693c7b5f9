package org.openprm.deals.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * First to register wins: one claim per customer key. The claim is inserted in the submitting
 * transaction with {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode), so among
 * concurrent submissions for the same customer the primary key lets exactly one insert; the others
 * wait for its commit and then find the row taken.
 */
@Component
public class CustomerClaims {

	private final JdbcClient jdbc;

	CustomerClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when this registration holds the customer now (it just claimed it, or held it already). */
	public boolean claim(String customerKey, UUID registrationId, UUID partnerId, Instant now) {
		int inserted;
		try {
			inserted = jdbc.sql("""
					INSERT INTO deal_customer_claims (customer_key, registration_id, partner_id, claimed_at)
					VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(customerKey, registrationId, partnerId, Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException lostTheRace) {
			// Not expected with ON CONFLICT DO NOTHING, but a database that reports the race instead means the same.
			inserted = 0;
		}
		return inserted == 1 || holder(customerKey).filter(registrationId::equals).isPresent();
	}

	public Optional<UUID> holder(String customerKey) {
		return jdbc.sql("SELECT registration_id FROM deal_customer_claims WHERE customer_key = ?")
			.param(customerKey)
			.query(UUID.class)
			.optional();
	}

	/** Frees every customer this registration holds, so that the next registration can claim it. */
	public void release(UUID registrationId) {
		jdbc.sql("DELETE FROM deal_customer_claims WHERE registration_id = ?").param(registrationId).update();
	}
}
