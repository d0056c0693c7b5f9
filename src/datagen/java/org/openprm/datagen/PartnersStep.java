package org.openprm.datagen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openprm.datagen.GenerationContext.Partner;
import org.openprm.datagen.Vocabulary.City;
import org.openprm.datagen.Vocabulary.Country;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;

/**
 * Partner organisations with their locations, tags and custom attribute values. One in fifty is a
 * distributor; half of the resellers sit below one, so distributors' people see a few dozen records.
 */
final class PartnersStep implements GeneratorStep {

	private static final List<PartnerType> OTHER_TYPES = weighted(PartnerType.RESELLER, 60, PartnerType.MSP, 15,
			PartnerType.REFERRAL, 10, PartnerType.SYSTEM_INTEGRATOR, 9, PartnerType.SUPPLIER, 6);

	private static final List<PartnerStatus> STATUSES = weighted(PartnerStatus.ACTIVE, 75, PartnerStatus.PROSPECT, 12,
			PartnerStatus.SUSPENDED, 8, PartnerStatus.TERMINATED, 5);

	@Override
	public String name() {
		return "partners";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		defineAttributes(context);
		writePartners(context);
		writeAddresses(context);
		writeAttributeValues(context);
		for (String term : searchTerms()) {
			context.feeders().row("search-terms", "term", term);
		}
	}

	private static void defineAttributes(GenerationContext context) throws Exception {
		try (TableLoader.Rows rows = context.loader().into("custom_attribute_definitions", "id", "attr_key", "label",
				"type", "required", "choices", "created_at", "version")) {
			Instant created = GenerationContext.NOW.minus(Duration.ofDays(2000));
			rows.add(context.uuid(), "employees", "Employees", "NUMBER", false, "", created, 0L);
			rows.add(context.uuid(), "partner_since", "Partner since", "DATE", false, "", created, 0L);
			rows.add(context.uuid(), "focus", "Focus market", "CHOICE", false, String.join("\n", Vocabulary.FOCUS), created, 0L);
		}
	}

	private static void writePartners(GenerationContext context) throws Exception {
		int count = context.options().partners();
		// Distributors come first: resellers refer to them, and the foreign key is checked row by row.
		int distributors = Math.max(1, count / 50);
		Set<String> domains = new HashSet<>();
		try (TableLoader.Rows rows = context.loader().into("partners", "id", "name", "name_key", "legal_name", "type",
				"status", "parent_id", "country", "domains", "tags", "created_at", "updated_at", "version")) {
			for (int i = 0; i < count; i++) {
				PartnerType type = i < distributors ? PartnerType.DISTRIBUTOR : context.pick(OTHER_TYPES);
				UUID parent = type == PartnerType.RESELLER && context.chance(0.5)
						? context.partners().get(context.random().nextInt(distributors)).id() : null;
				Country country = Vocabulary.country(context.random());
				City city = context.pick(country.cities());
				String name = context.pick(Vocabulary.PREFIXES) + " " + context.pick(Vocabulary.TRADES) + " " + city.name();
				String domain = uniqueDomain(Vocabulary.slug(name), domains);
				Instant created = context.daysAgo(5 * 365);
				Instant updated = created.plus(Duration.between(created, GenerationContext.NOW).multipliedBy(
						context.random().nextInt(100)).dividedBy(100));
				UUID id = context.uuid();
				PartnerStatus status = context.pick(STATUSES);
				Partner partner = new Partner(id, name, domain, type, status, country.code(), city.name(), parent, created);
				rows.add(partner.id(), name, name.toLowerCase(java.util.Locale.ROOT), name + " " + country.legalForm(),
						type.name(), status.name(), parent, country.code(), "," + domain + ",",
						tags(context), created, updated, 0L);
				context.partners().add(partner);
				context.feeders().row("partners", "id,name,type,country,domain", partner.id(), name, type, country.code(),
						domain);
			}
		}
	}

	private static String uniqueDomain(String slug, Set<String> taken) {
		String domain = slug + ".example";
		for (int n = 2; !taken.add(domain); n++) {
			domain = slug + "-" + n + ".example";
		}
		return domain;
	}

	private static String tags(GenerationContext context) {
		Set<String> tags = new LinkedHashSet<>();
		int wanted = 1 + context.random().nextInt(3);
		while (tags.size() < wanted) {
			tags.add(context.pick(Vocabulary.TAGS));
		}
		return "," + String.join(",", tags) + ",";
	}

	private static void writeAddresses(GenerationContext context) throws Exception {
		try (TableLoader.Rows rows = context.loader().into("partner_addresses", "partner_id", "position", "label",
				"street", "city", "postal_code", "region", "country", "latitude", "longitude")) {
			for (Partner partner : context.partners()) {
				Country country = Vocabulary.COUNTRIES.stream().filter(c -> c.code().equals(partner.country())).findFirst()
					.orElseThrow();
				City hq = country.cities().stream().filter(c -> c.name().equals(partner.city())).findFirst().orElseThrow();
				address(context, rows, partner, 0, "Headquarters", hq);
				if (context.chance(0.3)) {
					address(context, rows, partner, 1, "Branch office", context.pick(country.cities()));
				}
			}
		}
	}

	private static void address(GenerationContext context, TableLoader.Rows rows, Partner partner, int position,
			String label, City city) throws Exception {
		rows.add(partner.id(), position, label,
				(1 + context.random().nextInt(300)) + " " + context.pick(Vocabulary.STREETS), city.name(),
				String.format("%05d", context.random().nextInt(100_000)), null, partner.country(),
				near(context, city.latitude()), near(context, city.longitude()));
	}

	private static BigDecimal near(GenerationContext context, double degrees) {
		return BigDecimal.valueOf(degrees + (context.random().nextDouble() - 0.5) / 10).setScale(6, RoundingMode.HALF_UP);
	}

	private static void writeAttributeValues(GenerationContext context) throws Exception {
		try (TableLoader.Rows rows = context.loader().into("partner_attribute_values", "partner_id", "attr_key",
				"attr_value")) {
			for (Partner partner : context.partners()) {
				int employees = partner.type() == PartnerType.DISTRIBUTOR ? 200 + context.random().nextInt(3000)
						: 3 + context.random().nextInt(400);
				rows.add(partner.id(), "employees", String.valueOf(employees));
				rows.add(partner.id(), "focus", context.pick(Vocabulary.FOCUS));
				if (context.chance(0.6)) {
					rows.add(partner.id(), "partner_since", partner.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
				}
			}
		}
	}

	/** Words users type into the directory search: whole and partial names, trades and cities. */
	private static Set<String> searchTerms() {
		Set<String> terms = new LinkedHashSet<>();
		for (String prefix : Vocabulary.PREFIXES) {
			terms.add(prefix.toLowerCase(java.util.Locale.ROOT));
			terms.add(prefix.substring(0, Math.min(4, prefix.length())).toLowerCase(java.util.Locale.ROOT));
		}
		Vocabulary.TRADES.forEach(trade -> terms.add(trade.toLowerCase(java.util.Locale.ROOT)));
		Vocabulary.COUNTRIES.forEach(c -> c.cities().forEach(city -> terms.add(city.name().toLowerCase(java.util.Locale.ROOT))));
		return terms;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> weighted(Object... valuesAndWeights) {
		List<T> tickets = new java.util.ArrayList<>();
		for (int i = 0; i < valuesAndWeights.length; i += 2) {
			for (int n = 0; n < (Integer) valuesAndWeights[i + 1]; n++) {
				tickets.add((T) valuesAndWeights[i]);
			}
		}
		return List.copyOf(tickets);
	}
}
