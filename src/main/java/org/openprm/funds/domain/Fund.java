package org.openprm.funds.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.funds.FundTarget;
import org.openprm.funds.FundView;

/**
 * A budget for a period in one currency, for a target. Its money is in the ledger, never here: the row
 * is also the lock every booking that spends from the fund takes first.
 */
@Entity
@Table(name = "funds")
public class Fund {

	@Id
	private UUID id;

	private String name;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private String currency;

	@Enumerated(EnumType.STRING)
	private FundTarget targetKind;

	private UUID partnerId;

	private UUID programId;

	private UUID tierId;

	private UUID segmentId;

	/** ISO country codes of a region fund, comma-separated. */
	private String regionCountries;

	private BigDecimal accrualPercent;

	private boolean carryOver;

	private UUID carriedFrom;

	@Column(name = "reminded_30")
	private boolean reminded30;

	@Column(name = "reminded_7")
	private boolean reminded7;

	private boolean expired;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Fund() {
	}

	public Fund(String name, LocalDate periodStart, LocalDate periodEnd, String currency, FundTarget target,
			UUID targetId, BigDecimal accrualPercent, boolean carryOver, UUID carriedFrom, Instant at, String by) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.currency = currency;
		this.targetKind = target;
		this.partnerId = target == FundTarget.PARTNER ? targetId : null;
		this.programId = target == FundTarget.PROGRAM ? targetId : null;
		this.tierId = target == FundTarget.TIER ? targetId : null;
		this.segmentId = target == FundTarget.SEGMENT ? targetId : null;
		this.accrualPercent = accrualPercent;
		this.carryOver = carryOver;
		this.carriedFrom = carriedFrom;
		this.createdAt = at;
		this.createdBy = by;
	}

	public UUID id() {
		return id;
	}

	public UUID partnerId() {
		return partnerId;
	}

	/** Makes this a fund for the partners in these countries (codes already checked and upper-case). */
	public Fund forRegion(List<String> countries) {
		this.targetKind = FundTarget.REGION;
		this.regionCountries = String.join(",", countries);
		return this;
	}

	public List<String> region() {
		return regionCountries == null || regionCountries.isBlank() ? List.of() : List.of(regionCountries.split(","));
	}

	public boolean reminded(int days) {
		return days <= 7 ? reminded7 : reminded30;
	}

	public void remind(int days) {
		if (days <= 7) {
			reminded7 = true;
		}
		reminded30 = true;
	}

	public void expire() {
		expired = true;
	}

	/** The target id of whatever kind: the partner, programme, tier or segment. */
	public UUID targetId() {
		return switch (targetKind) {
			case PARTNER -> partnerId;
			case PROGRAM -> programId;
			case TIER -> tierId;
			case SEGMENT -> segmentId;
			case REGION, POOL -> null;
		};
	}

	public FundView view() {
		return new FundView(id, name, periodStart, periodEnd, currency, targetKind, partnerId, programId, tierId,
				segmentId, accrualPercent, carryOver, carriedFrom, expired, region());
	}
}
