package org.openprm.deals.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprm.deals.matching.BlockingKeys;
import org.openprm.deals.matching.CustomerDescription;
import org.openprm.deals.matching.CustomerProfile;
import org.openprm.deals.matching.IndexedRecord;
import org.openprm.deals.matching.MatchIndex;
import org.openprm.deals.matching.ProfileCache;
import org.openprm.deals.matching.RecordKind;
import org.openprm.deals.matching.RecordRef;
import org.openprm.deals.matching.StoredProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The matcher's index in the database: {@code deal_match_records} holds each record's customer as
 * entered and {@code deal_match_keys} one row per blocking key, with the primary key starting at the key
 * so that each lookup is one index range scan. Rows carry the owning partner, so a check for a partner
 * leaves that partner's own registrations out in the query itself.
 */
@Component
public class JdbcMatchIndex implements MatchIndex {

	/** About 1 KB each: some 20 MB for the records the recent checks scored. */
	private static final int PROFILES_CACHED = 20_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final UUID excludedPartner;

	private final UUID excludedRecord;

	/** Shared by every view of the index: a check scores up to MatchSettings.maxScored records. */
	private final ProfileCache profiles;

	@Autowired
	JdbcMatchIndex(JdbcClient jdbc, JdbcTemplate batch) {
		this(jdbc, batch, null, null, new ProfileCache(PROFILES_CACHED));
	}

	private JdbcMatchIndex(JdbcClient jdbc, JdbcTemplate batch, UUID excludedPartner, UUID excludedRecord,
			ProfileCache profiles) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.excludedPartner = excludedPartner;
		this.excludedRecord = excludedRecord;
		this.profiles = profiles;
	}

	/** The same index without one partner's records and one record (the registration being checked). */
	public JdbcMatchIndex excluding(UUID partnerId, UUID recordId) {
		return new JdbcMatchIndex(jdbc, batch, partnerId, recordId, profiles);
	}

	/** Adds or replaces a record with the keys of its customer description. */
	public void put(RecordKind kind, UUID id, String externalId, UUID partnerId, CustomerDescription customer) {
		remove(new RecordRef(kind, id));
		IndexedRecord record = IndexedRecord.of(kind, id, externalId, customer);
		jdbc.sql("""
				INSERT INTO deal_match_records (record_id, record_kind, partner_id, external_id, name, domain,
				  contact_email, phone, street, postal_code, city, country, profile)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind.name(), partnerId, externalId, customer.name(), customer.domain(), customer.contactEmail(),
					customer.phone(), customer.street(), customer.postalCode(), customer.city(), customer.country(),
					StoredProfiles.encode(record.profile()))
			.update();
		// One batch for all ~15 keys: one round trip instead of one per key.
		List<Object[]> rows = BlockingKeys.of(record.profile()).stream()
			.map(key -> new Object[] { key, id, kind.name(), partnerId })
			.toList();
		batch.batchUpdate("INSERT INTO deal_match_keys (match_key, record_id, record_kind, partner_id) VALUES (?, ?, ?, ?)",
				rows);
	}

	public void remove(RecordRef record) {
		jdbc.sql("DELETE FROM deal_match_keys WHERE record_id = ?").param(record.id()).update();
		jdbc.sql("DELETE FROM deal_match_records WHERE record_id = ?").param(record.id()).update();
	}

	/** Which of the keys some record has: one query per 1,000 keys, for checking many customers at once. */
	public Set<String> present(Collection<String> keys) {
		List<String> all = new ArrayList<>(new java.util.HashSet<>(keys));
		Set<String> present = new java.util.HashSet<>();
		for (int i = 0; i < all.size(); i += 1000) {
			present.addAll(jdbc.sql("SELECT DISTINCT match_key FROM deal_match_keys WHERE match_key IN (:keys)")
				.param("keys", all.subList(i, Math.min(all.size(), i + 1000)))
				.query(String.class)
				.list());
		}
		return present;
	}

	@Override
	public Map<String, List<RecordRef>> postings(Collection<String> keys, int limitPerKey) {
		Map<String, List<RecordRef>> postings = new LinkedHashMap<>();
		for (String key : keys) {
			// One capped index range scan per key: a very common key costs no more than a rare one.
			postings.put(key, jdbc.sql("SELECT record_kind, record_id FROM deal_match_keys WHERE match_key = :key"
					+ (excludedPartner == null ? "" : " AND (partner_id IS NULL OR partner_id <> :partner)")
					+ " AND record_id <> :record LIMIT :limit")
				.param("key", key)
				.param("partner", excludedPartner == null ? new UUID(0, 0) : excludedPartner)
				.param("record", excludedRecord == null ? new UUID(0, 0) : excludedRecord)
				.param("limit", limitPerKey)
				.query((rs, row) -> new RecordRef(RecordKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
				.list());
		}
		return postings;
	}

	@Override
	public List<IndexedRecord> records(Collection<RecordRef> refs) {
		if (refs.isEmpty()) {
			return List.of();
		}
		Set<UUID> ids = refs.stream().map(RecordRef::id).collect(Collectors.toSet());
		List<IndexedRecord> records = new ArrayList<>();
		for (List<UUID> batch : batches(new ArrayList<>(ids))) {
			records.addAll(jdbc.sql("""
					SELECT record_id, record_kind, external_id, name, domain, contact_email, phone, street,
					  postal_code, city, country, profile FROM deal_match_records WHERE record_id IN (:ids)""")
				.param("ids", batch)
				.query((rs, row) -> new IndexedRecord(RecordKind.valueOf(rs.getString("record_kind")),
						rs.getObject("record_id", UUID.class), rs.getString("external_id"), profile(rs)))
				.list());
		}
		return records;
	}

	/** The profile stored at indexing; records indexed before profiles were stored are normalised (and cached). */
	private CustomerProfile profile(ResultSet rs) throws SQLException {
		CustomerProfile stored = StoredProfiles.decode(rs.getString("name"), rs.getString("profile"));
		return stored != null ? stored
				: profiles.of(new CustomerDescription(rs.getString("name"), rs.getString("domain"),
						rs.getString("contact_email"), rs.getString("phone"), rs.getString("street"),
						rs.getString("postal_code"), rs.getString("city"), rs.getString("country")));
	}

	private static List<List<UUID>> batches(List<UUID> ids) {
		List<List<UUID>> batches = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += 500) {
			batches.add(ids.subList(i, Math.min(ids.size(), i + 500)));
		}
		return batches;
	}
}
