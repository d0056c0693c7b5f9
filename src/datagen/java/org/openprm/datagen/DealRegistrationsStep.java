package org.openprm.datagen;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openprm.datagen.GenerationContext.Partner;
import org.openprm.datagen.GenerationContext.Person;
import org.openprm.deals.DealStatus;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.domain.CustomerKeys;
import org.openprm.deals.matching.RecordKind;

/**
 * Deal registrations with their lines, credits, customer claims and conflict index rows, as the
 * application leaves them after submission and decisions. Most customers are new; about one in six is
 * a near-duplicate of an earlier registration's customer and one in twenty of a direct account, so
 * conflict checks and first-to-register claims meet real competition. Old registrations have mostly
 * ended; none is due for a reminder, escalation or expiry when the data set is loaded.
 */
final class DealRegistrationsStep implements GeneratorStep {

	private static final int CHUNK = 20_000;

	private static final int CHECK_CUSTOMERS = 20_000;

	private static final int NEW_CUSTOMERS = 100_000;

	@Override
	public String name() {
		return "deals";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		Customers customers = new Customers(context.options().seed());
		Map<UUID, Person> registrars = new HashMap<>();
		context.people().stream().filter(p -> p.partnerId() != null).forEach(p -> registrars.putIfAbsent(p.partnerId(), p));
		List<Partner> partners = context.partners().stream().filter(p -> registrars.containsKey(p.id())).toList();
		DealRows rows = new DealRows(context);
		Set<String> held = new HashSet<>();
		long fresh = 0;
		int total = context.options().deals();
		int accounts = context.options().accounts();
		for (int i = 0; i < total; i++) {
			double draw = context.random().nextDouble();
			boolean duplicate = draw < 0.22 && fresh > 0;
			EndCustomer customer = draw < 0.05
					? Customers.variant(customers.number(Customers.ACCOUNT_BASE + context.random().nextInt(accounts)), context.random())
					: duplicate ? Customers.variant(customers.number((long) (context.random().nextDouble() * fresh)), context.random())
							: customers.number(fresh++);
			Instant created = GenerationContext.NOW.minus(Duration.ofMinutes((long) (total - i) * 720 * 24 * 60 / total));
			Partner partner = context.pick(partners);
			String key = CustomerKeys.of(customer);
			boolean first = !held.contains(key);
			DealStatus status = DealShapes.status(context, created);
			if (first && status.holdsCustomer()) {
				held.add(key);
			}
			rows.add(partner, registrars.get(partner.id()), customer, key, status, first, !first || duplicate, created);
			boolean indexed = status.holdsCustomer() || status == DealStatus.WON;
			// Checks ask for customers the index holds, as another partner would type them.
			if (indexed && i % Math.max(1, total / (2 * CHECK_CUSTOMERS)) == 0) {
				EndCustomer asked = Customers.variant(customer, context.random());
				context.feeders().row("deal-check-customers", "name,domain,country,city,postalCode,street", asked.name(),
						asked.domain(), asked.country(), asked.city(), asked.postalCode(), asked.street());
			}
			if (rows.size() == CHUNK) {
				rows.writeAndClear();
			}
		}
		rows.writeAndClear();
		for (long n = fresh; n < fresh + NEW_CUSTOMERS; n++) {
			EndCustomer c = customers.number(n);
			context.feeders().row("deal-new-customers", "name,domain,country,city,postalCode,street,contactEmail,currency",
					c.name(), c.domain(), c.country(), c.city(), c.postalCode(), c.street(), c.contactEmail(),
					DealShapes.currency(c.country()));
		}
	}

	/** One chunk of registrations and everything that belongs to them, written table by table. */
	private static final class DealRows {

		private final GenerationContext context;

		private final List<Object[]> registrations = new ArrayList<>();

		private final List<Object[]> lines = new ArrayList<>();

		private final List<Object[]> credits = new ArrayList<>();

		private final List<Object[]> claims = new ArrayList<>();

		private final MatchIndexRows index = new MatchIndexRows();

		DealRows(GenerationContext context) {
			this.context = context;
		}

		int size() {
			return registrations.size();
		}

		void add(Partner partner, Person registrar, EndCustomer c, String key, DealStatus status, boolean first,
				boolean possibleConflict, Instant created) {
			UUID id = context.uuid();
			String currency = DealShapes.currency(c.country());
			List<Object[]> ownLines = DealShapes.lines(context, id, currency);
			BigDecimal amount = ownLines.stream().map(l -> ((BigDecimal) l[4]).multiply((BigDecimal) l[5]))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			Instant submitted = created.plusSeconds(60);
			Instant reviewDue = submitted.plus(Duration.ofHours(48));
			boolean decidedLate = reviewDue.isBefore(GenerationContext.NOW);
			// As the deal timers would have left it: the reviewer's reminder (24 hours after submission) is sent
			// once its time has passed, so a node started on the data set finds no backlog of reminders to mail.
			boolean reminded = submitted.plus(Duration.ofHours(24)).isBefore(GenerationContext.NOW);
			boolean approvedOnce = status == DealStatus.APPROVED || status == DealStatus.WON || status == DealStatus.LOST
					|| status == DealStatus.EXPIRED;
			Instant approved = approvedOnce ? submitted.plus(Duration.ofHours(20)) : null;
			Instant protectedUntil = approvedOnce ? DealShapes.protectedUntil(context, status, approved) : null;
			LocalDate close = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(30 + context.random().nextInt(150));
			registrations.add(new Object[] { id, partner.id(), partner.parentId(), registrar.id(), registrar.email(),
					c.name(), c.domain(), c.country(), c.city(), c.postalCode(), c.street(), c.contactName(),
					c.contactEmail(), c.phone(), amount, currency, close, DealShapes.stage(context, status).name(), null,
					status.name(), DealShapes.reason(status), key, first, possibleConflict, null, submitted, reviewDue,
					reminded, decidedLate, approved, protectedUntil, 0, null, null, null, created,
					status.isFinal() ? created.plus(Duration.ofDays(20)) : created.plus(Duration.ofDays(1)), 0L });
			lines.addAll(ownLines);
			credits.add(new Object[] { id, partner.id(), "REGISTERED" });
			if (first && status.holdsCustomer()) {
				claims.add(new Object[] { key, id, partner.id(), submitted });
			}
			// Final states leave the index (DealRecords.end), except won: winning only frees the claim.
			if (status.holdsCustomer() || status == DealStatus.WON) {
				index.add(RecordKind.REGISTRATION, id, null, partner.id(), c);
			}
		}

		void writeAndClear() throws Exception {
			write("deal_registrations", registrations, "id", "partner_id", "distributor_id", "registered_by",
					"registered_by_email", "customer_name", "customer_domain", "customer_country", "customer_city",
					"customer_postal_code", "customer_street", "customer_contact_name", "customer_contact_email",
					"customer_phone", "amount", "currency", "expected_close_date", "stage", "description", "status",
					"status_reason", "customer_key", "first_to_register", "possible_conflict", "conflicts", "submitted_at",
					"review_due_at", "review_reminded", "review_escalated", "approved_at", "protected_until",
					"expiry_reminders_sent", "extension_days", "extension_reason", "extension_requested_at", "created_at",
					"updated_at", "version");
			write("deal_lines", lines, "registration_id", "position", "product_code", "product_name", "quantity",
					"unit_price");
			write("deal_credits", credits, "registration_id", "partner_id", "role");
			write("deal_customer_claims", claims, "customer_key", "registration_id", "partner_id", "claimed_at");
			index.writeAndClear(context.loader());
		}

		private void write(String table, List<Object[]> values, String... columns) throws Exception {
			try (TableLoader.Rows rows = context.loader().into(table, columns)) {
				for (Object[] row : values) {
					rows.add(row);
				}
			}
			values.clear();
		}
	}
}
