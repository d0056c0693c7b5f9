package org.openprm.datagen;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.openprm.identity.JobRole;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;

/**
 * Rows of the {@code users} table: active logins that all share the precomputed password hash.
 */
final class UserRows implements AutoCloseable {

	private final GenerationContext context;

	private final TableLoader.Rows rows;

	UserRows(GenerationContext context) throws SQLException {
		this.context = context;
		this.rows = context.loader().into("users", "id", "email", "display_name", "password_hash", "role",
				"job_role", "partner_id", "status", "locale", "failed_logins", "created_at", "version");
	}

	GenerationContext.Person add(String email, String displayName, Role role, JobRole jobRole, UUID partnerId,
			String locale, Instant createdAt) throws SQLException {
		GenerationContext.Person person = new GenerationContext.Person(context.uuid(), email, role, partnerId, createdAt);
		rows.add(person.id(), email, displayName, context.passwordHash(), role.name(),
				jobRole == null ? null : jobRole.name(), partnerId, UserStatus.ACTIVE.name(), locale, 0, createdAt, 0L);
		context.people().add(person);
		return person;
	}

	@Override
	public void close() throws SQLException {
		rows.close();
	}
}
