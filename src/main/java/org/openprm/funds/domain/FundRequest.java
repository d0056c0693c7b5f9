package org.openprm.funds.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.funds.FundRequestStatus;
import org.openprm.shared.Conflict;
import org.openprm.shared.IllegalTransition;

/**
 * A partner's proposed marketing activity against one fund. State changes are intent verbs that refuse
 * illegal transitions (409).
 */
@Entity
@Table(name = "fund_requests")
public class FundRequest {

	@Id
	private UUID id;

	private UUID fundId;

	private UUID partnerId;

	private String activityType;

	private String theme;

	private String title;

	private String description;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private BigDecimal requestedAmount;

	private String currency;

	private int costSharePercent;

	private Integer expectedLeads;

	private BigDecimal expectedPipeline;

	private String campaignCode;

	@Enumerated(EnumType.STRING)
	private FundRequestStatus status;

	private BigDecimal approvedAmount;

	private BigDecimal reservedAmount;

	private BigDecimal fxRate;

	private String firstApprover;

	private BigDecimal firstAmount;

	private String decisionReason;

	private LocalDate claimDeadline;

	private Instant submittedAt;

	private Instant decidedAt;

	private boolean closed;

	private String createdBy;

	@Version
	private long version;

	protected FundRequest() {
	}

	public FundRequest(UUID fundId, UUID partnerId, Activity activity, Instant at, String by) {
		this.id = UUID.randomUUID();
		this.fundId = fundId;
		this.partnerId = partnerId;
		this.status = FundRequestStatus.SUBMITTED;
		this.submittedAt = at;
		this.createdBy = by;
		describe(activity);
	}

	/** What the partner proposes; changed only while it is with the partner. */
	public record Activity(String activityType, String theme, String title, String description, LocalDate startsOn,
			LocalDate endsOn, BigDecimal requestedAmount, String currency, int costSharePercent, Integer expectedLeads,
			BigDecimal expectedPipeline, String campaignCode, LocalDate claimDeadline) {
	}

	private void describe(Activity a) {
		activityType = a.activityType();
		theme = a.theme();
		title = a.title();
		description = a.description();
		startsOn = a.startsOn();
		endsOn = a.endsOn();
		requestedAmount = a.requestedAmount();
		currency = a.currency();
		costSharePercent = a.costSharePercent();
		expectedLeads = a.expectedLeads();
		expectedPipeline = a.expectedPipeline();
		campaignCode = a.campaignCode();
		claimDeadline = a.claimDeadline();
	}

	/** The partner's changed proposal after it was returned. */
	public void resubmit(Activity activity, Instant at) {
		move(FundRequestStatus.SUBMITTED);
		describe(activity);
		firstApprover = null;
		firstAmount = null;
		submittedAt = at;
	}

	/** The first of two approvals: nothing is reserved until the second approver agrees. */
	public void approveFirst(BigDecimal amount, String approver, Instant at) {
		move(FundRequestStatus.AWAITING_SECOND_APPROVAL);
		firstApprover = approver;
		firstAmount = amount;
		decidedAt = at;
	}

	public void approve(BigDecimal amount, BigDecimal reserved, BigDecimal rate, String approver, Instant at) {
		if (status == FundRequestStatus.AWAITING_SECOND_APPROVAL && approver.equalsIgnoreCase(firstApprover)) {
			throw new Conflict("This request needs a second approver other than " + firstApprover + ".");
		}
		move(FundRequestStatus.APPROVED);
		approvedAmount = amount;
		reservedAmount = reserved;
		fxRate = rate;
		decidedAt = at;
		decisionReason = null;
	}

	public void reject(String reason, Instant at) {
		move(FundRequestStatus.REJECTED);
		decisionReason = reason;
		decidedAt = at;
	}

	public void returnForChanges(String reason, Instant at) {
		move(FundRequestStatus.RETURNED);
		decisionReason = reason;
		decidedAt = at;
	}

	public void close() {
		move(FundRequestStatus.CLOSED);
		closed = true;
	}

	private void move(FundRequestStatus target) {
		if (!status.canBecome(target)) {
			throw new IllegalTransition("Fund request", status, target);
		}
		status = target;
	}

	public UUID id() { return id; }
	public UUID fundId() { return fundId; }
	public UUID partnerId() { return partnerId; }
	public String activityType() { return activityType; }
	public String theme() { return theme; }
	public String title() { return title; }
	public String description() { return description; }
	public LocalDate startsOn() { return startsOn; }
	public LocalDate endsOn() { return endsOn; }
	public BigDecimal requestedAmount() { return requestedAmount; }
	public String currency() { return currency; }
	public int costSharePercent() { return costSharePercent; }
	public Integer expectedLeads() { return expectedLeads; }
	public BigDecimal expectedPipeline() { return expectedPipeline; }
	public String campaignCode() { return campaignCode; }
	public FundRequestStatus status() { return status; }
	public BigDecimal approvedAmount() { return approvedAmount; }
	public BigDecimal reservedAmount() { return reservedAmount; }
	public BigDecimal fxRate() { return fxRate; }
	public String firstApprover() { return firstApprover; }
	public BigDecimal firstAmount() { return firstAmount; }
	public String decisionReason() { return decisionReason; }
	public LocalDate claimDeadline() { return claimDeadline; }
	public Instant submittedAt() { return submittedAt; }
	public Instant decidedAt() { return decidedAt; }
}
