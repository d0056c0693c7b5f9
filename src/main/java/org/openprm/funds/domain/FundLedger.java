package org.openprm.funds.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.funds.EntryType;
import org.openprm.funds.LedgerEntry;
import org.openprm.shared.Conflict;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only ledger in plain SQL: entries are inserted, never updated or deleted. Spending takes the
 * fund's row lock first ({@code SELECT ... FOR UPDATE}, the same on H2 and PostgreSQL), so two approvals
 * against one fund check and book one after the other and cannot both spend the last money.
 */
@Component
public class FundLedger {

	private static final String COLUMNS = "id, fund_id, partner_id, entry_type, amount, request_id, claim_id, reason, booked_at, booked_by";

	private final JdbcClient jdbc;

	FundLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the fund's row lock until the transaction ends. */
	public void lock(UUID fundId) {
		try {
			jdbc.sql("SELECT id FROM funds WHERE id = ? FOR UPDATE").param(fundId).query(UUID.class).single();
		}
		catch (PessimisticLockingFailureException busy) {
			throw new Conflict("The fund is busy with other bookings; please try again.");
		}
	}

	public LedgerEntry book(UUID fundId, UUID partnerId, EntryType type, BigDecimal amount, UUID requestId, UUID claimId,
			String reason, Instant at, String by) {
		LedgerEntry entry = new LedgerEntry(UUID.randomUUID(), fundId, partnerId, type, amount, requestId, claimId, reason,
				at, by);
		jdbc.sql("INSERT INTO fund_ledger (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), fundId, partnerId, type.name(), amount, requestId, claimId, reason,
					at.atOffset(ZoneOffset.UTC), by)
			.update();
		return entry;
	}

	/** Sums per type of the whole fund, or of one partner's entries when partnerId is given. */
	public Map<EntryType, BigDecimal> sums(UUID fundId, UUID partnerId) {
		String sql = "SELECT entry_type, SUM(amount) FROM fund_ledger WHERE fund_id = ?"
				+ (partnerId == null ? "" : " AND partner_id = ?") + " GROUP BY entry_type";
		Map<EntryType, BigDecimal> sums = new EnumMap<>(EntryType.class);
		var statement = jdbc.sql(sql).param(fundId);
		if (partnerId != null) {
			statement = statement.param(partnerId);
		}
		statement.query((row, n) -> sums.put(EntryType.valueOf(row.getString(1)), row.getBigDecimal(2))).list();
		return sums;
	}

	/** Sums per fund and type of many funds at once (one query for a page of balances). */
	public Map<UUID, Map<EntryType, BigDecimal>> sums(Collection<UUID> fundIds, UUID partnerId) {
		Map<UUID, Map<EntryType, BigDecimal>> sums = new HashMap<>();
		if (fundIds.isEmpty()) {
			return sums;
		}
		String in = String.join(",", java.util.Collections.nCopies(fundIds.size(), "?"));
		var statement = jdbc.sql("SELECT fund_id, entry_type, SUM(amount) FROM fund_ledger WHERE fund_id IN (" + in + ")"
				+ (partnerId == null ? "" : " AND partner_id = ?") + " GROUP BY fund_id, entry_type");
		for (UUID id : fundIds) {
			statement = statement.param(id);
		}
		if (partnerId != null) {
			statement = statement.param(partnerId);
		}
		statement.query((row, n) -> sums.computeIfAbsent(row.getObject(1, UUID.class), k -> new EnumMap<>(EntryType.class))
			.put(EntryType.valueOf(row.getString(2)), row.getBigDecimal(3))).list();
		return sums;
	}

	/** What a request still holds: its reservations minus releases and claim approvals. */
	public BigDecimal heldFor(UUID requestId) {
		return jdbc.sql("SELECT COALESCE(SUM(CASE WHEN entry_type = 'RESERVATION' THEN amount ELSE -amount END), 0) "
				+ "FROM fund_ledger WHERE request_id = ? AND entry_type IN ('RESERVATION', 'RELEASE', 'CLAIM_APPROVAL')")
			.param(requestId).query(BigDecimal.class).single();
	}

	public List<LedgerEntry> entries(UUID fundId, UUID partnerId, int limit) {
		var statement = jdbc.sql("SELECT " + COLUMNS + " FROM fund_ledger WHERE fund_id = ?"
				+ (partnerId == null ? "" : " AND partner_id = ?") + " ORDER BY booked_at DESC, id LIMIT " + limit).param(fundId);
		if (partnerId != null) {
			statement = statement.param(partnerId);
		}
		return statement.query(FundLedger::entry).list();
	}

	/** Partners with entries in a fund (for the slices of an earmarked fund). */
	public List<UUID> partnersOf(UUID fundId) {
		return jdbc.sql("SELECT DISTINCT partner_id FROM fund_ledger WHERE fund_id = ? AND partner_id IS NOT NULL")
			.param(fundId).query(UUID.class).list();
	}

	private static LedgerEntry entry(ResultSet row, int n) throws SQLException {
		return new LedgerEntry(row.getObject("id", UUID.class), row.getObject("fund_id", UUID.class),
				row.getObject("partner_id", UUID.class), EntryType.valueOf(row.getString("entry_type")),
				row.getBigDecimal("amount"), row.getObject("request_id", UUID.class), row.getObject("claim_id", UUID.class),
				row.getString("reason"), row.getObject("booked_at", OffsetDateTime.class).toInstant(),
				row.getString("booked_by"));
	}
}
