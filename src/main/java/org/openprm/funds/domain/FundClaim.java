package org.openprm.funds.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.funds.ClaimStatus;
import org.openprm.shared.IllegalTransition;

/** A claim for the costs of an approved activity; reviewed, then paid. */
@Entity
@Table(name = "fund_claims")
public class FundClaim {

	@Id
	private UUID id;

	private UUID requestId;

	private UUID fundId;

	private UUID partnerId;

	private BigDecimal amount;

	private String currency;

	private String invoiceNumber;

	private String invoiceKey;

	private Integer leadsGenerated;

	private String campaignCode;

	private String leadIds;

	@Enumerated(EnumType.STRING)
	private ClaimStatus status;

	private BigDecimal approvedAmount;

	private BigDecimal fundAmount;

	private BigDecimal fxRate;

	private String decisionReason;

	private Instant submittedAt;

	private Instant decidedAt;

	private Instant paidAt;

	private String paymentReference;

	@Version
	private long version;

	protected FundClaim() {
	}

	public FundClaim(FundRequest request, BigDecimal amount, String invoiceNumber, Integer leadsGenerated,
			String campaignCode, List<String> leadIds, Instant at) {
		this.id = UUID.randomUUID();
		this.requestId = request.id();
		this.fundId = request.fundId();
		this.partnerId = request.partnerId();
		this.currency = request.currency();
		this.status = ClaimStatus.SUBMITTED;
		this.submittedAt = at;
		correct(amount, invoiceNumber, leadsGenerated, campaignCode, leadIds);
	}

	/** The same invoice written with other spaces, dashes or case is the same invoice. */
	public static String invoiceKey(String invoiceNumber) {
		return invoiceNumber.replaceAll("[\\s\\-_./]", "").toUpperCase(Locale.ROOT);
	}

	private void correct(BigDecimal amount, String invoiceNumber, Integer leadsGenerated, String campaignCode,
			List<String> leadIds) {
		this.amount = amount;
		this.invoiceNumber = invoiceNumber;
		this.invoiceKey = invoiceKey(invoiceNumber);
		this.leadsGenerated = leadsGenerated;
		this.campaignCode = campaignCode;
		this.leadIds = leadIds == null || leadIds.isEmpty() ? null : String.join(",", leadIds);
	}

	public void resubmit(BigDecimal amount, String invoiceNumber, Integer leadsGenerated, String campaignCode,
			List<String> leadIds, Instant at) {
		move(ClaimStatus.SUBMITTED);
		correct(amount, invoiceNumber, leadsGenerated, campaignCode, leadIds);
		submittedAt = at;
		decisionReason = null;
	}

	public void approve(BigDecimal approved, BigDecimal inFund, BigDecimal rate, Instant at) {
		move(ClaimStatus.APPROVED);
		approvedAmount = approved;
		fundAmount = inFund;
		fxRate = rate;
		decidedAt = at;
	}

	public void returnForCorrection(String reason, Instant at) {
		move(ClaimStatus.RETURNED);
		decisionReason = reason;
		decidedAt = at;
	}

	public void deny(String reason, Instant at) {
		move(ClaimStatus.DENIED);
		decisionReason = reason;
		decidedAt = at;
	}

	public void markPaid(String reference, Instant at) {
		move(ClaimStatus.PAID);
		paymentReference = reference;
		paidAt = at;
	}

	private void move(ClaimStatus target) {
		if (!status.canBecome(target)) {
			throw new IllegalTransition("Claim", status, target);
		}
		status = target;
	}

	public UUID id() { return id; }
	public UUID requestId() { return requestId; }
	public UUID fundId() { return fundId; }
	public UUID partnerId() { return partnerId; }
	public BigDecimal amount() { return amount; }
	public String currency() { return currency; }
	public String invoiceNumber() { return invoiceNumber; }
	public String invoiceKey() { return invoiceKey; }
	public Integer leadsGenerated() { return leadsGenerated; }
	public String campaignCode() { return campaignCode; }
	public List<String> leadIds() { return leadIds == null ? List.of() : Arrays.asList(leadIds.split(",")); }
	public ClaimStatus status() { return status; }
	public BigDecimal approvedAmount() { return approvedAmount; }
	public BigDecimal fundAmount() { return fundAmount; }
	public BigDecimal fxRate() { return fxRate; }
	public String decisionReason() { return decisionReason; }
	public Instant submittedAt() { return submittedAt; }
	public Instant decidedAt() { return decidedAt; }
	public Instant paidAt() { return paidAt; }
	public String paymentReference() { return paymentReference; }
}
