package org.openprm.deals.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register form's tokens: the first post of a form takes its token in the registering transaction
 * ({@code ON CONFLICT DO NOTHING}, like the customer claims), so a second post of the same form, on any
 * node, waits for the first to commit and then finds the registration it created. A first post that
 * fails (invalid input) rolls its token back and the corrected form may be sent again.
 */
@Component
public class FormSubmissions {

	private final JdbcClient jdbc;

	FormSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when this post is the form's first; otherwise the form was sent before. */
	public boolean take(UUID user, String token, Instant now) {
		try {
			return jdbc.sql("""
					INSERT INTO deal_form_submissions (registered_by, form_token, submitted_at)
					VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(user, token, Timestamp.from(now))
				.update() == 1;
		}
		catch (DuplicateKeyException sentBefore) {
			return false;
		}
	}

	public void created(UUID user, String token, UUID registrationId) {
		jdbc.sql("UPDATE deal_form_submissions SET registration_id = ? WHERE registered_by = ? AND form_token = ?")
			.params(registrationId, user, token)
			.update();
	}

	public Optional<UUID> registration(UUID user, String token) {
		return jdbc.sql("SELECT registration_id FROM deal_form_submissions WHERE registered_by = ? AND form_token = ?")
			.params(user, token)
			.query(UUID.class)
			.optional();
	}
}
