package org.openprm.datagen;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.openprm.deals.AccountKind;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.matching.RecordKind;

/**
 * The vendor's direct accounts as the CRM import ({@code POST /api/v1/accounts/import}) stores them,
 * each in the conflict index, so that registrations for one of them show a conflict with direct sales.
 */
final class DealAccountsStep implements GeneratorStep {

	private static final int CHUNK = 20_000;

	@Override
	public String name() {
		return "deal accounts";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		Customers customers = new Customers(context.options().seed());
		Instant imported = GenerationContext.NOW.minus(Duration.ofDays(7));
		int total = context.options().accounts();
		for (int from = 0; from < total; from += CHUNK) {
			MatchIndexRows index = new MatchIndexRows();
			try (TableLoader.Rows rows = context.loader().into("deal_accounts", "id", "kind", "external_id", "name",
					"domain", "country", "city", "postal_code", "street", "phone", "updated_at")) {
				for (int j = from; j < Math.min(total, from + CHUNK); j++) {
					EndCustomer c = customers.number(Customers.ACCOUNT_BASE + j);
					UUID id = context.uuid();
					String externalId = externalId(j);
					rows.add(id, AccountKind.ACCOUNT.name(), externalId, c.name(), c.domain(), c.country(), c.city(),
							c.postalCode(), c.street(), c.phone(), imported);
					// The import indexes accounts without a contact e-mail: the CSV has none.
					if (j % Math.max(1, total / 5_000) == 0) {
						EndCustomer asked = Customers.variant(c, context.random());
						context.feeders().row("deal-check-customers", "name,domain,country,city,postalCode,street",
								asked.name(), asked.domain(), asked.country(), asked.city(), asked.postalCode(), asked.street());
					}
					index.add(RecordKind.ACCOUNT, id, externalId, null, new EndCustomer(c.name(), c.domain(), c.country(),
							c.city(), c.postalCode(), c.street(), null, null, c.phone()));
				}
			}
			index.writeAndClear(context.loader());
		}
	}

	static String externalId(int number) {
		return "CRM-%07d".formatted(number);
	}
}
