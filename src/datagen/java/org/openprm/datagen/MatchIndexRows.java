package org.openprm.datagen;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.EndCustomer;
import org.openprm.deals.matching.BlockingKeys;
import org.openprm.deals.matching.CustomerDescription;
import org.openprm.deals.matching.CustomerProfile;
import org.openprm.deals.matching.IndexedRecord;
import org.openprm.deals.matching.RecordKind;
import org.openprm.deals.matching.StoredProfiles;

/**
 * Rows of the conflict index ({@code deal_match_records}, {@code deal_match_keys}) exactly as the
 * application's {@code JdbcMatchIndex.put} writes them: the same description and the matcher's own
 * blocking keys, so conflict checks find generated records like registered ones. Collected first and
 * written table by table, because a PostgreSQL connection runs one COPY at a time.
 */
final class MatchIndexRows {

	private record Entry(RecordKind kind, UUID id, String externalId, UUID partnerId, CustomerDescription customer) {
	}

	private final List<Entry> entries = new ArrayList<>();

	void add(RecordKind kind, UUID id, String externalId, UUID partnerId, EndCustomer customer) {
		entries.add(new Entry(kind, id, externalId, partnerId, description(customer)));
	}

	/** The description a registration's customer is indexed with (ConflictDetector.description). */
	static CustomerDescription description(EndCustomer customer) {
		return new CustomerDescription(customer.name(), customer.domain(), customer.contactEmail(), customer.phone(),
				customer.street(), customer.postalCode(), customer.city(), customer.country());
	}

	void writeAndClear(TableLoader loader) throws Exception {
		try (TableLoader.Rows rows = loader.into("deal_match_records", "record_id", "record_kind", "partner_id",
				"external_id", "name", "domain", "contact_email", "phone", "street", "postal_code", "city", "country",
				"profile")) {
			for (Entry e : entries) {
				CustomerDescription c = e.customer();
				rows.add(e.id(), e.kind().name(), e.partnerId(), e.externalId(), c.name(), c.domain(), c.contactEmail(),
						c.phone(), c.street(), c.postalCode(), c.city(), c.country(),
						StoredProfiles.encode(CustomerProfile.of(c)));
			}
		}
		try (TableLoader.Rows rows = loader.into("deal_match_keys", "match_key", "record_id", "record_kind", "partner_id",
				"country")) {
			for (Entry e : entries) {
				IndexedRecord record = IndexedRecord.of(e.kind(), e.id(), e.externalId(), e.customer());
				String country = record.profile().country().isEmpty() ? null : record.profile().country();
				for (String key : BlockingKeys.of(record.profile())) {
					rows.add(key, e.id(), e.kind().name(), e.partnerId(), country);
				}
			}
		}
		entries.clear();
	}
}
