package org.openprm.deals.domain;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
import org.openprm.deals.matching.Posting;
import org.openprm.deals.matching.ProfileCache;
import org.openprm.deals.matching.RecordKind;
import org.openprm.deals.matching.RecordRef;
import org.openprm.deals.matching.StoredProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The matcher's index in the database: {@code deal_match_records} holds each record's customer as
 * entered and {@code deal_match_keys} one row per blocking key, with the primary key starting at the key
 * so that each lookup is one index range scan. Rows carry the owning partner, so a check for a partner
 * leaves that partner's own registrations out, and the record's country, which the matcher uses to bound a
 * record's score before reading it.
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

	/** Shared by every view of the index. */
	private final CommonKeys commonKeys;

	@Autowired
	JdbcMatchIndex(JdbcClient jdbc, JdbcTemplate batch) {
		this(jdbc, batch, null, null, new ProfileCache(PROFILES_CACHED), new CommonKeys());
	}

	private JdbcMatchIndex(JdbcClient jdbc, JdbcTemplate batch, UUID excludedPartner, UUID excludedRecord,
			ProfileCache profiles, CommonKeys commonKeys) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.excludedPartner = excludedPartner;
		this.excludedRecord = excludedRecord;
		this.profiles = profiles;
		this.commonKeys = commonKeys;
	}

	/** The same index without one partner's records and one record (the registration being checked). */
	public JdbcMatchIndex excluding(UUID partnerId, UUID recordId) {
		return new JdbcMatchIndex(jdbc, batch, partnerId, recordId, profiles, commonKeys);
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
		String country = record.profile().country().isEmpty() ? null : record.profile().country();
		List<Object[]> rows = BlockingKeys.of(record.profile()).stream()
			.map(key -> new Object[] { key, id, kind.name(), partnerId, country })
			.toList();
		batch.batchUpdate("""
				INSERT INTO deal_match_keys (match_key, record_id, record_kind, partner_id, country)
				VALUES (?, ?, ?, ?, ?)""", rows);
	}

	public void remove(RecordRef record) {
		jdbc.sql("DELETE FROM deal_match_keys WHERE record_id = ?").param(record.id()).update();
		jdbc.sql("DELETE FROM deal_match_records WHERE record_id = ?").param(record.id()).update();
	}

	/** Which of the keys some record has: one query for all, for checking many customers at once. */
	public Set<String> present(Collection<String> keys) {
		Set<String> present = new HashSet<>();
		if (!keys.isEmpty()) {
			query("SELECT DISTINCT match_key FROM deal_match_keys WHERE match_key = ANY(?)", "varchar",
					new HashSet<>(keys), rows -> present.add(rows.getString(1)));
		}
		return present;
	}

	/**
	 * One capped index range scan per key, so a very common key costs no more than a rare one, and none for
	 * keys known to be too common. A key is too common when it has {@code limitPerKey} records or more,
	 * whoever they belong to; the partner's own records and the excluded one are left out afterwards.
	 */
	@Override
	public Map<String, List<Posting>> postings(Collection<String> keys, int limitPerKey) {
		Map<String, List<Posting>> postings = new LinkedHashMap<>();
		for (String key : keys) {
			if (commonKeys.isCommon(key, limitPerKey)) {
				continue;
			}
			List<KeyRow> found = jdbc
				.sql("SELECT record_kind, record_id, partner_id, country FROM deal_match_keys WHERE match_key = ? LIMIT ?")
				.params(key, limitPerKey)
				.query((rs, row) -> new KeyRow(RecordKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), rs.getString(4)))
				.list();
			if (found.size() >= limitPerKey) {
				commonKeys.found(key, limitPerKey);
				continue;
			}
			postings.put(key, found.stream().filter(this::considered).map(KeyRow::posting).toList());
		}
		return postings;
	}

	private boolean considered(KeyRow row) {
		return !row.id().equals(excludedRecord) && (excludedPartner == null || !excludedPartner.equals(row.partnerId()));
	}

	/** Only the columns scoring needs: the description as entered is read only for records stored without a profile. */
	@Override
	public List<IndexedRecord> records(Collection<RecordRef> refs) {
		List<IndexedRecord> records = new ArrayList<>(refs.size());
		if (refs.isEmpty()) {
			return records;
		}
		Set<UUID> ids = refs.stream().map(RecordRef::id).collect(Collectors.toSet());
		List<UUID> unprofiled = new ArrayList<>();
		query("SELECT record_id, record_kind, external_id, name, profile FROM deal_match_records WHERE record_id = ANY(?)",
				"uuid", ids, rows -> {
					UUID id = rows.getObject(1, UUID.class);
					CustomerProfile profile = StoredProfiles.decode(rows.getString(4), rows.getString(5));
					if (profile == null) {
						unprofiled.add(id);
					}
					else {
						records.add(new IndexedRecord(RecordKind.valueOf(rows.getString(2)), id, rows.getString(3), profile));
					}
				});
		if (!unprofiled.isEmpty()) {
			query("""
					SELECT record_id, record_kind, external_id, name, domain, contact_email, phone, street, postal_code,
					  city, country FROM deal_match_records WHERE record_id = ANY(?)""", "uuid", unprofiled,
					rows -> records.add(new IndexedRecord(RecordKind.valueOf(rows.getString(2)), rows.getObject(1, UUID.class),
							rows.getString(3), profiles.of(new CustomerDescription(rows.getString(4), rows.getString(5),
									rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
									rows.getString(10), rows.getString(11))))));
		}
		return records;
	}

	/**
	 * Runs a query whose one parameter is an array of the values. A single array keeps PostgreSQL's cached generic
	 * plan on the index, where a list of hundreds of parameters may make it compare every row with every value.
	 */
	private void query(String sql, String elementType, Collection<?> values, RowCallbackHandler handler) {
		batch.execute((ConnectionCallback<Void>) connection -> {
			Array array = connection.createArrayOf(elementType, values.toArray());
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				query.setArray(1, array);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						handler.processRow(rows);
					}
				}
			}
			finally {
				array.free();
			}
			return null;
		});
	}

	private record KeyRow(RecordKind kind, UUID id, UUID partnerId, String country) {

		Posting posting() {
			return new Posting(new RecordRef(kind, id), country);
		}
	}
}
