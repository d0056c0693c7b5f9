package org.openprm.datagen;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprm.datagen.GenerationContext.Partner;
import org.openprm.deals.CustomerNames;
import org.openprm.deals.EndCustomer;
import org.openprm.leads.LeadStatus;
import org.openprm.partners.PartnerStatus;

/**
 * Leads as the application leaves them over two years of distribution, with the assignment (and its stored
 * explanation) of every lead that reached a partner. Leads older than a month have ended (converted, lost,
 * duplicates, or never released from the vendor's queue); the last month's are still being worked, a few per
 * active partner, well under the default capacity. Offers are due a week after the data set's "now", so no
 * acceptance window ends while a benchmark runs.
 */
final class LeadsStep implements GeneratorStep {

	private static final int CHUNK = 20_000;

	/** Lead companies are numbered from here: away from the deals' customers and the CRM's accounts. */
	private static final long LEAD_BASE = Customers.ACCOUNT_BASE / 2;

	private static final List<String> SOURCES = List.of("web", "event", "webinar", "referral", "campaign", "partner");

	private static final Map<String, Vocabulary.Country> COUNTRIES = Vocabulary.COUNTRIES.stream()
		.collect(Collectors.toMap(Vocabulary.Country::code, c -> c));

	@Override
	public String name() {
		return "leads";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		Customers customers = new Customers(context.options().seed());
		List<Partner> active = context.partners().stream().filter(p -> p.status() == PartnerStatus.ACTIVE).toList();
		int total = context.options().leads();
		for (int from = 0; from < total; from += CHUNK) {
			// One COPY at a time per connection: a chunk's assignments are written once its leads are.
			List<Object[]> routed = new ArrayList<>();
			try (TableLoader.Rows leads = context.loader().into("leads", "id", "company", "company_key", "contact_name",
					"email", "phone", "country", "region", "postal_code", "latitude", "longitude", "product_interest",
					"source", "company_size", "estimated_value", "currency", "score", "grade", "high_value", "status",
					"status_reason", "assigned_partner_id", "offered_at", "accept_due_at", "accept_reminded", "accepted_at",
					"last_update_at", "converted_at", "created_at", "updated_at", "version")) {
				for (int i = from; i < Math.min(total, from + CHUNK); i++) {
					write(context, customers.number(LEAD_BASE + i), createdAt(i, total), active, leads, routed);
				}
			}
			try (TableLoader.Rows assignments = context.loader().into("lead_assignments", "id", "lead_id", "partner_id",
					"method", "rule_version", "explanation", "assigned_by", "offered_at", "outcome", "outcome_reason",
					"ended_at", "accepted_at")) {
				for (Object[] row : routed) {
					assignments.add(row);
				}
			}
		}
	}

	/** Evenly over two years, the newest last. */
	private static Instant createdAt(int i, int total) {
		return GenerationContext.NOW.minus(Duration.ofMinutes((long) (total - i) * 730 * 24 * 60 / total));
	}

	/**
	 * When the partner last updated a lead it is working on: within the last six days, as partners who answer the
	 * nudge after seven days without an update (prm.leads.sla.stale-days) leave their leads, so a node started on
	 * the data set finds no backlog of nudges and recalls.
	 */
	private static Instant lastWorkedOn(GenerationContext context, Instant acceptedAt) {
		Instant recent = GenerationContext.NOW.minus(Duration.ofMinutes(context.random().nextInt(6 * 24 * 60)));
		return recent.isAfter(acceptedAt) ? recent : acceptedAt;
	}

	private static void write(GenerationContext context, EndCustomer company, Instant created, List<Partner> active,
			TableLoader.Rows leads, List<Object[]> assignments) throws Exception {
		LeadStatus status = status(context, created);
		int score = status == LeadStatus.WAITING ? 10 + context.random().nextInt(30) : 40 + context.random().nextInt(60);
		boolean routed = status.withPartner() || status == LeadStatus.CONVERTED
				|| (status == LeadStatus.LOST && context.chance(0.8));
		Partner partner = routed ? context.pick(active) : null;
		Instant offered = routed ? created.plus(Duration.ofSeconds(2 + context.random().nextInt(60))) : null;
		boolean accepted = status.inProgress() || status == LeadStatus.CONVERTED || (routed && status == LeadStatus.LOST
				&& context.chance(0.5));
		Instant acceptedAt = accepted ? offered.plus(Duration.ofMinutes(10 + context.random().nextInt(2 * 24 * 60))) : null;
		Instant updated = status.closed() ? created.plus(Duration.ofDays(1 + context.random().nextInt(25)))
				: acceptedAt != null ? lastWorkedOn(context, acceptedAt) : created;
		Vocabulary.City city = COUNTRIES.get(company.country()).cities().stream()
			.filter(c -> c.name().equals(company.city())).findFirst().orElseThrow();
		UUID id = context.uuid();
		leads.add(id, company.name(), CustomerNames.key(company.name()), company.contactName(), company.contactEmail(),
				company.phone(), company.country(), null, company.postalCode(), city.latitude(), city.longitude(),
				context.pick(Vocabulary.TAGS), context.pick(SOURCES), 10 * (1 + context.random().nextInt(500)),
				BigDecimal.valueOf(1_000L * (5 + context.random().nextInt(200))), "EUR", score, grade(score),
				context.chance(0.02), status.name(), status == LeadStatus.LOST ? "No budget this year" : null,
				status.withPartner() || status == LeadStatus.CONVERTED || status == LeadStatus.LOST ? id(partner) : null,
				offered, status == LeadStatus.OFFERED ? GenerationContext.NOW.plus(Duration.ofDays(7)) : null, false,
				acceptedAt, accepted ? updated : null, status == LeadStatus.CONVERTED ? updated : null, created, updated,
				0L);
		if (routed) {
			String outcome = status.withPartner() ? (accepted ? "ACCEPTED" : "OFFERED") : status.name();
			assignments.add(new Object[] { context.uuid(), id, partner.id(), "RULES", "1",
					explanation(id, partner, offered, context), "system", offered, outcome, null,
					status.withPartner() ? null : updated, acceptedAt });
		}
	}

	/** Closed unless received in the last month; the last month's are in every stage. */
	private static LeadStatus status(GenerationContext context, Instant created) {
		double draw = context.random().nextDouble();
		if (created.isBefore(GenerationContext.NOW.minus(Duration.ofDays(30)))) {
			return draw < 0.15 ? LeadStatus.CONVERTED : draw < 0.90 ? LeadStatus.LOST
					: draw < 0.95 ? LeadStatus.DUPLICATE : LeadStatus.WAITING;
		}
		return draw < 0.25 ? LeadStatus.OFFERED : draw < 0.40 ? LeadStatus.ACCEPTED : draw < 0.55 ? LeadStatus.CONTACTED
				: draw < 0.65 ? LeadStatus.QUALIFIED : draw < 0.75 ? LeadStatus.CONVERTED : draw < 0.85 ? LeadStatus.LOST
						: draw < 0.90 ? LeadStatus.QUEUED : draw < 0.95 ? LeadStatus.WAITING : LeadStatus.DUPLICATE;
	}

	private static String grade(int score) {
		return score >= 80 ? "A" : score >= 60 ? "B" : score >= 40 ? "C" : "D";
	}

	private static UUID id(Partner partner) {
		return partner == null ? null : partner.id();
	}

	/** The stored explanation as the routing engine writes it: the winner among the partners it considered. */
	private static String explanation(UUID lead, Partner winner, Instant at, GenerationContext context) {
		int considered = 20 + context.random().nextInt(400);
		double distance = context.random().nextDouble();
		double performance = context.random().nextDouble();
		double score = 0.3 * distance + 0.2 * performance + 0.15 * 0.5 + 0.15 * 0.8 + 0.2 * 0.9;
		return String.format(Locale.ROOT, """
				{"leadId":"%s","winner":"%s","method":"RULES","considered":%d,"filtered":{"territory":%d,"capability":%d},\
				"candidates":[{"partnerId":"%s","partnerName":"%s","score":%.3f,"components":{"distance":%.3f,\
				"performance":%.3f,"tier":0.5,"load":0.8,"fairness":0.9},"winner":true}],"tied":1,"ruleVersion":"1",\
				"assignedBy":"system","at":"%s"}""", lead, winner.id(), considered, considered / 2, considered / 4,
				winner.id(), winner.name().replace("\"", "\\\""), score, distance, performance, at);
	}
}
