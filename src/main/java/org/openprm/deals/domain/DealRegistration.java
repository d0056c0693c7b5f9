package org.openprm.deals.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.openprm.deals.CreditRole;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.PartnerCredit;
import org.openprm.deals.ProductLine;
import org.openprm.shared.FieldChange;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;

/**
 * A partner's registration of an opportunity with an end customer: the aggregate of the deals module.
 * Status changes are intent verbs that refuse illegal transitions; edits answer what changed.
 */
@Entity
@Table(name = "deal_registrations")
public class DealRegistration {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID distributorId;

	private UUID registeredBy;

	private String registeredByEmail;

	@Embedded
	private CustomerColumns customer;

	// Collections do not bump the version by themselves: every edit also sets updatedAt, which does.
	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "deal_lines", joinColumns = @JoinColumn(name = "registration_id"))
	@OrderColumn(name = "position")
	private List<LineColumns> lines = new ArrayList<>();

	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "deal_credits", joinColumns = @JoinColumn(name = "registration_id"))
	private List<CreditColumns> credits = new ArrayList<>();

	private BigDecimal amount;

	private String currency;

	private LocalDate expectedCloseDate;

	@Enumerated(EnumType.STRING)
	private DealStage stage;

	private String description;

	@Enumerated(EnumType.STRING)
	private DealStatus status;

	private String statusReason;

	private String customerKey;

	private boolean firstToRegister;

	private boolean possibleConflict;

	private String conflicts;

	private Instant submittedAt;

	private Instant reviewDueAt;

	private boolean reviewReminded;

	private boolean reviewEscalated;

	private Instant approvedAt;

	private Instant protectedUntil;

	private int expiryRemindersSent;

	private Integer extensionDays;

	private String extensionReason;

	private Instant extensionRequestedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected DealRegistration() {
	}

	public DealRegistration(UUID partnerId, UUID distributorId, UUID registeredBy, String registeredByEmail,
			EndCustomer customer, List<ProductLine> lines, BigDecimal amount, String currency,
			LocalDate expectedCloseDate, DealStage stage, String description, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.distributorId = distributorId;
		this.registeredBy = registeredBy;
		this.registeredByEmail = registeredByEmail;
		this.customer = new CustomerColumns(customer);
		lines.forEach(line -> this.lines.add(new LineColumns(line)));
		this.credits.add(new CreditColumns(new PartnerCredit(partnerId, CreditRole.REGISTERED)));
		this.amount = amount;
		this.currency = currency;
		this.expectedCloseDate = expectedCloseDate;
		this.stage = stage;
		this.description = description;
		this.status = DealStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Sends the registration to the vendor, with the outcome of the claim and the conflict check. */
	public FieldChange.Diff submit(Instant now, Duration approvalDeadline, String claimedKey, boolean first,
			String conflictJson, boolean conflict) {
		FieldChange.Diff diff = moveTo(DealStatus.SUBMITTED, null, now);
		diff.field("possibleConflict", possibleConflict, conflict).field("firstToRegister", firstToRegister, first);
		this.customerKey = claimedKey;
		this.firstToRegister = first;
		this.possibleConflict = conflict;
		this.conflicts = conflictJson;
		if (submittedAt == null) {
			this.submittedAt = now;
		}
		this.reviewDueAt = now.plus(approvalDeadline);
		this.reviewReminded = false;
		this.reviewEscalated = false;
		return diff;
	}

	public FieldChange.Diff startReview(Instant now) {
		return moveTo(DealStatus.IN_REVIEW, null, now);
	}

	public FieldChange.Diff requestInformation(String question, Instant now) {
		return moveTo(DealStatus.MORE_INFO_REQUESTED, question, now);
	}

	public FieldChange.Diff approve(Instant now, Instant until) {
		FieldChange.Diff diff = moveTo(DealStatus.APPROVED, null, now);
		diff.field("protectedUntil", protectedUntil, until);
		this.approvedAt = now;
		this.protectedUntil = until;
		this.reviewDueAt = null;
		return diff;
	}

	public FieldChange.Diff reject(String reason, Instant now) {
		requireReason(reason);
		return moveTo(DealStatus.REJECTED, reason, now);
	}

	public FieldChange.Diff win(Instant now) {
		return moveTo(DealStatus.WON, null, now);
	}

	public FieldChange.Diff lose(String reason, Instant now) {
		requireReason(reason);
		return moveTo(DealStatus.LOST, reason, now);
	}

	public FieldChange.Diff withdraw(String reason, Instant now) {
		return moveTo(DealStatus.WITHDRAWN, reason, now);
	}

	public FieldChange.Diff expire(Instant now) {
		return moveTo(DealStatus.EXPIRED, null, now);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "is required", "required");
		}
	}

	private FieldChange.Diff moveTo(DealStatus target, String reason, Instant now) {
		if (!status.canBecome(target)) {
			throw new IllegalTransition("Deal registration", status, target);
		}
		FieldChange.Diff diff = new FieldChange.Diff().field("status", status, target).field("reason", null, reason);
		this.status = target;
		this.statusReason = reason;
		this.updatedAt = now;
		if (!target.awaitsDecision()) {
			this.reviewDueAt = null;
		}
		return diff;
	}

	/** A two-way update of the deal's facts; the customer only while the vendor has not decided. */
	public FieldChange.Diff edit(DealStage newStage, BigDecimal newAmount, String newCurrency, LocalDate newClose,
			String newDescription, List<ProductLine> newLines, EndCustomer newCustomer, Instant now) {
		if (status.isFinal()) {
			throw new IllegalTransition("Deal registration", status, "edited");
		}
		FieldChange.Diff diff = new FieldChange.Diff().field("stage", stage, newStage).field("amount", plain(amount),
				plain(newAmount)).field("currency", currency, newCurrency).field("expectedCloseDate", expectedCloseDate,
						newClose).field("description", description, newDescription).field("lines", lines(), newLines);
		this.stage = newStage;
		this.amount = newAmount;
		this.currency = newCurrency;
		this.expectedCloseDate = newClose;
		this.description = newDescription;
		this.lines.clear();
		newLines.forEach(line -> this.lines.add(new LineColumns(line)));
		if (!newCustomer.equals(customer())) {
			if (!customerEditable()) {
				throw new IllegalTransition("Deal registration", status, "customer changed");
			}
			diff.field("customer", customer(), newCustomer);
			this.customer = new CustomerColumns(newCustomer);
		}
		if (!diff.isEmpty()) {
			this.updatedAt = now;
		}
		return diff;
	}

	public boolean customerEditable() {
		return status == DealStatus.DRAFT || status == DealStatus.MORE_INFO_REQUESTED;
	}

	public FieldChange.Diff requestExtension(int days, String reason, Instant now) {
		if (status != DealStatus.APPROVED) {
			throw new IllegalTransition("Deal registration", status, "extension requested");
		}
		requireReason(reason);
		this.extensionDays = days;
		this.extensionReason = reason;
		this.extensionRequestedAt = now;
		this.updatedAt = now;
		return new FieldChange.Diff().field("extensionDays", null, days).field("extensionReason", null, reason);
	}

	/** Grants the pending extension ({@code days} overrides what was asked for). */
	public FieldChange.Diff approveExtension(Integer days, Instant now) {
		if (status != DealStatus.APPROVED || extensionDays == null) {
			throw new IllegalTransition("Deal registration", status, "extension approved");
		}
		int granted = days == null ? extensionDays : days;
		FieldChange.Diff diff = extendUntil(protectedUntil.plus(Duration.ofDays(granted)), now);
		diff.field("extensionDays", extensionDays, null);
		clearExtension();
		return diff;
	}

	public FieldChange.Diff declineExtension(Instant now) {
		if (extensionDays == null) {
			throw new IllegalTransition("Deal registration", status, "extension declined");
		}
		FieldChange.Diff diff = new FieldChange.Diff().field("extensionDays", extensionDays, null);
		clearExtension();
		this.updatedAt = now;
		return diff;
	}

	/** Moves the end of protection later (never earlier); expiry reminders start over. */
	public FieldChange.Diff extendUntil(Instant until, Instant now) {
		FieldChange.Diff diff = new FieldChange.Diff();
		if (status == DealStatus.APPROVED && until.isAfter(protectedUntil)) {
			diff.field("protectedUntil", protectedUntil, until);
			this.protectedUntil = until;
			this.expiryRemindersSent = 0;
			this.updatedAt = now;
		}
		return diff;
	}

	private void clearExtension() {
		this.extensionDays = null;
		this.extensionReason = null;
		this.extensionRequestedAt = null;
	}

	/** Replaces the credited partners; the registering partner always keeps its referral credit. */
	public FieldChange.Diff assignCredits(List<PartnerCredit> assigned, Instant now) {
		List<PartnerCredit> next = new ArrayList<>();
		next.add(new PartnerCredit(partnerId, CreditRole.REGISTERED));
		assigned.stream().filter(c -> !next.contains(c)).forEach(next::add);
		FieldChange.Diff diff = new FieldChange.Diff().field("credits", credits(), next);
		this.credits.clear();
		next.forEach(c -> this.credits.add(new CreditColumns(c)));
		this.updatedAt = now;
		return diff;
	}

	public void markReviewReminded() {
		this.reviewReminded = true;
	}

	public void markReviewEscalated() {
		this.reviewEscalated = true;
	}

	public void markExpiryRemindersSent(int count) {
		this.expiryRemindersSent = count;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	public UUID id() { return id; }
	public UUID partnerId() { return partnerId; }
	public UUID distributorId() { return distributorId; }
	public UUID registeredBy() { return registeredBy; }
	public String registeredByEmail() { return registeredByEmail; }
	public EndCustomer customer() { return customer.toCustomer(); }
	public List<ProductLine> lines() { return lines.stream().map(LineColumns::toLine).toList(); }
	public List<PartnerCredit> credits() { return credits.stream().map(CreditColumns::toCredit).toList(); }
	public BigDecimal amount() { return amount.stripTrailingZeros(); }
	public String currency() { return currency; }
	public LocalDate expectedCloseDate() { return expectedCloseDate; }
	public DealStage stage() { return stage; }
	public String description() { return description; }
	public DealStatus status() { return status; }
	public String statusReason() { return statusReason; }
	public String customerKey() { return customerKey; }
	public boolean firstToRegister() { return firstToRegister; }
	public boolean possibleConflict() { return possibleConflict; }
	public String conflicts() { return conflicts; }
	public Instant submittedAt() { return submittedAt; }
	public Instant reviewDueAt() { return reviewDueAt; }
	public boolean reviewReminded() { return reviewReminded; }
	public boolean reviewEscalated() { return reviewEscalated; }
	public Instant approvedAt() { return approvedAt; }
	public Instant protectedUntil() { return protectedUntil; }
	public int expiryRemindersSent() { return expiryRemindersSent; }
	public Integer extensionDays() { return extensionDays; }
	public String extensionReason() { return extensionReason; }
	public Instant extensionRequestedAt() { return extensionRequestedAt; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public long version() { return version == null ? 0 : version; }
}
