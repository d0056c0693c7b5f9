package org.openprm.datagen;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openprm.datagen.GenerationContext.Partner;
import org.openprm.datagen.GenerationContext.Person;
import org.openprm.identity.JobRole;
import org.openprm.identity.Role;

/**
 * The partners' people: every partner gets one partner admin, the rest are spread at random (one in ten
 * of them also an admin). Every tenth person goes into the login feeder for the load tests.
 */
final class PartnerUsersStep implements GeneratorStep {

	private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH");

	@Override
	public String name() {
		return "partner users";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		List<Partner> partners = List.copyOf(context.partners());
		int total = context.options().users();
		Set<String> emails = new HashSet<>();
		try (UserRows users = new UserRows(context)) {
			for (int i = 0; i < total; i++) {
				boolean firstOfPartner = i < partners.size();
				Partner partner = firstOfPartner ? partners.get(i) : context.pick(partners);
				Role role = firstOfPartner || context.chance(0.1) ? Role.PARTNER_ADMIN : Role.PARTNER_USER;
				String first = context.pick(Vocabulary.FIRST_NAMES);
				String last = context.pick(Vocabulary.LAST_NAMES);
				String email = uniqueEmail(first + "." + last, partner.domain(), emails);
				Instant created = partner.createdAt().plus(Duration.ofMinutes(context.random().nextInt(60 * 24 * 90)));
				Person person = users.add(email, first + " " + last, role, context.pick(JobRole.values()), partner.id(),
						GERMAN_SPEAKING.contains(partner.country()) ? "de" : "en",
						created.isAfter(GenerationContext.NOW) ? GenerationContext.NOW : created);
				if (i % 10 == 0) {
					context.feeders().row("partner-logins", "email,password,role,partnerId", email,
							GenerationContext.PASSWORD, role, person.partnerId());
				}
			}
		}
	}

	private static String uniqueEmail(String local, String domain, Set<String> taken) {
		String base = local.toLowerCase(Locale.ROOT);
		String email = base + "@" + domain;
		for (int n = 2; !taken.add(email); n++) {
			email = base + n + "@" + domain;
		}
		return email;
	}
}
