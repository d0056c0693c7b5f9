package org.openprm.datagen;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.openprm.datagen.GenerationContext.Person;
import org.openprm.identity.Role;
import org.openprm.identity.domain.Secrets;

/**
 * API tokens with known secrets, stored as the application stores them (a SHA-256 hash), so the load
 * tests can call the API: one for each vendor staff member and for the first partner admins.
 */
final class ApiTokensStep implements GeneratorStep {

	@Override
	public String name() {
		return "api tokens";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		List<Person> holders = new java.util.ArrayList<>(context.vendorStaff());
		context.people().stream().filter(p -> p.role() == Role.PARTNER_ADMIN).limit(context.options().tokens())
			.forEach(holders::add);
		Instant created = GenerationContext.NOW.minus(Duration.ofDays(1));
		try (TableLoader.Rows rows = context.loader().into("api_tokens", "id", "user_id", "name", "token_hash",
				"token_prefix", "created_at", "expires_at", "version")) {
			for (Person holder : holders) {
				String secret = secret(context);
				rows.add(context.uuid(), holder.id(), "benchmark", Secrets.hash(secret), secret.substring(0, 10), created,
						GenerationContext.NOW.plus(Duration.ofDays(3650)), 0L);
				context.feeders().row("api-tokens", "token,role,partnerId", secret, holder.role(), holder.partnerId());
			}
		}
	}

	/** Shaped like the application's own tokens ({@code Secrets.newSecret("prm_")}), but from the seeded sequence. */
	private static String secret(GenerationContext context) {
		byte[] bytes = new byte[32];
		context.random().nextBytes(bytes);
		return "prm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
