package org.openprm.datagen;

import org.openprm.datagen.GenerationContext.Partner;
import org.openprm.datagen.GenerationContext.Person;

/**
 * The audit trail the generated records would have left: one "created" entry per partner and per
 * login, by a vendor admin, with the main fields as the application records them.
 */
final class AuditTrailStep implements GeneratorStep {

	@Override
	public String name() {
		return "audit trail";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		try (TableLoader.Rows rows = context.loader().into("audit_entries", "id", "occurred_at", "actor_id",
				"actor_email", "partner_id", "subject_type", "subject_id", "action", "outcome", "changes")) {
			for (Partner partner : context.partners()) {
				Person actor = context.anyVendorAdmin();
				rows.add(context.uuid(), partner.createdAt(), actor.id(), actor.email(), partner.id(), "Partner",
						partner.id().toString(), "created", "success", changes("name", partner.name(), "type",
								partner.type().name(), "country", partner.country(), "domains", "[" + partner.domain() + "]"));
			}
			for (Person person : context.people()) {
				Person actor = context.anyVendorAdmin();
				rows.add(context.uuid(), person.createdAt(), actor.id(), actor.email(), person.partnerId(), "User",
						person.id().toString(), "created", "success",
						changes("email", person.email(), "role", person.role().name()));
			}
		}
	}

	/** The JSON the audit recorder writes: field name to {before, after}. Values here need no escaping. */
	private static String changes(String... namesAndValues) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			json.append(i > 0 ? "," : "").append('"').append(namesAndValues[i]).append("\":{\"before\":null,\"after\":\"")
				.append(namesAndValues[i + 1]).append("\"}");
		}
		return json.append('}').toString();
	}
}
