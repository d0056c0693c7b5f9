package org.openprm.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.FundDraft;
import org.openprm.funds.FundTarget;

import org.springframework.format.annotation.DateTimeFormat;

/** The vendor's form to create a fund; field names follow the facade's field errors. */
public class FundForm {

	private String name;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	private String currency = "EUR";

	private BigDecimal amount;

	/** The target kind chosen in the form; only the matching field below counts. */
	private FundTarget target = FundTarget.POOL;

	private UUID partnerId;

	private UUID programId;

	private UUID tierId;

	private UUID segmentId;

	/** ISO country codes separated by commas or spaces, e.g. "DE, AT, CH". */
	private String region;

	private BigDecimal accrualPercent;

	private boolean carryOver;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public UUID getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public FundTarget getTarget() {
		return target;
	}

	public void setTarget(FundTarget target) {
		this.target = target;
	}

	public UUID getProgramId() {
		return programId;
	}

	public void setProgramId(UUID programId) {
		this.programId = programId;
	}

	public UUID getTierId() {
		return tierId;
	}

	public void setTierId(UUID tierId) {
		this.tierId = tierId;
	}

	public UUID getSegmentId() {
		return segmentId;
	}

	public void setSegmentId(UUID segmentId) {
		this.segmentId = segmentId;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	/** The form field of the chosen target that is still empty, if any: a target kind needs its choice. */
	String missingTarget() {
		FundTarget kind = target == null ? FundTarget.POOL : target;
		return switch (kind) {
			case PARTNER -> partnerId == null ? "partnerId" : null;
			case PROGRAM -> programId == null ? "programId" : null;
			case TIER -> tierId == null ? "tierId" : null;
			case SEGMENT -> segmentId == null ? "segmentId" : null;
			case REGION -> regionCodes().isEmpty() ? "region" : null;
			case POOL -> null;
		};
	}

	/** The draft for the chosen target alone: values left in the other target fields are ignored. */
	FundDraft draft() {
		FundTarget kind = target == null ? FundTarget.POOL : target;
		return new FundDraft(name, periodStart, periodEnd, currency, amount, kind == FundTarget.PARTNER ? partnerId : null,
				kind == FundTarget.PROGRAM ? programId : null, kind == FundTarget.TIER ? tierId : null,
				kind == FundTarget.SEGMENT ? segmentId : null, kind == FundTarget.REGION ? regionCodes() : null,
				accrualPercent, carryOver);
	}

	private List<String> regionCodes() {
		return region == null || region.isBlank() ? List.of()
				: Arrays.stream(region.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList();
	}

	public BigDecimal getAccrualPercent() {
		return accrualPercent;
	}

	public void setAccrualPercent(BigDecimal accrualPercent) {
		this.accrualPercent = accrualPercent;
	}

	public boolean getCarryOver() {
		return carryOver;
	}

	public void setCarryOver(boolean carryOver) {
		this.carryOver = carryOver;
	}

}
