package org.openprm.recruitment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.partners.PartnerType;
import org.openprm.recruitment.ApplicationStatus;
import org.openprm.recruitment.DuplicateFlag;
import org.openprm.shared.FieldChange;
import org.openprm.shared.IllegalTransition;

/**
 * A "become a partner" application: the aggregate of the recruitment module. What the applicant entered
 * never changes; routing, deadline and decision change only through intent verbs that refuse illegal
 * transitions.
 */
@Entity
@Table(name = "partner_applications")
public class PartnerApplication {

	@Id
	private UUID id;

	private String company;

	private String nameKey;

	private String website;

	private String domain;

	private String emailDomain;

	private String country;

	private String regions;

	@Enumerated(EnumType.STRING)
	private PartnerType partnerType;

	private String capabilities;

	private String products;

	private UUID programmeId;

	private BigDecimal expectedVolume;

	private String currency;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	private String consentText;

	private String locale;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private UUID assigneeId;

	private String queue;

	private UUID routingRuleId;

	private Instant submittedAt;

	private Instant reviewDueAt;

	private Instant reminderDueAt;

	private boolean reminded;

	private boolean escalated;

	private String question;

	private String answer;

	private String answerSecretHash;

	private String decisionReason;

	private UUID partnerId;

	private UUID approvedProgrammeId;

	private UUID approvedTierId;

	private boolean flagged;

	@ElementCollection
	@CollectionTable(name = "application_duplicates", joinColumns = @JoinColumn(name = "application_id"))
	private List<DuplicateColumns> duplicates = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected PartnerApplication() {
	}

	public PartnerApplication(ApplicationFacts facts, ApplicationContact contact, String consentText, String locale,
			Instant now) {
		this.id = UUID.randomUUID();
		this.company = facts.company();
		this.nameKey = CompanyNameKey.of(facts.company());
		this.website = facts.website();
		this.domain = facts.domain();
		this.emailDomain = contact.emailDomain();
		this.country = facts.country();
		this.regions = String.join(",", facts.regions());
		this.partnerType = facts.partnerType();
		this.capabilities = facts.capabilities();
		this.products = facts.products();
		this.programmeId = facts.programmeId();
		this.expectedVolume = facts.expectedVolume();
		this.currency = facts.currency();
		this.contactName = contact.name();
		this.contactEmail = contact.email();
		this.contactPhone = contact.phone();
		this.consentText = consentText;
		this.locale = locale;
		this.status = ApplicationStatus.IN_REVIEW;
		this.submittedAt = now;
		this.reviewDueAt = now;
		this.reminderDueAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Where routing sent it, and when the review is due (and the reminder before it). */
	public void route(Assignment assignment, Instant now, Duration review, double reminderShare) {
		this.assigneeId = assignment.assigneeId();
		this.queue = assignment.queue();
		this.routingRuleId = assignment.ruleId();
		restartReview(now, review, reminderShare);
	}

	/** A new review deadline (after the applicant answered a question), for the same reviewer. */
	public void restartReview(Instant now, Duration review, double reminderShare) {
		this.reviewDueAt = now.plus(review);
		this.reminderDueAt = now.plus(Duration.ofMillis((long) (review.toMillis() * reminderShare)));
		this.reminded = false;
		this.escalated = false;
		this.updatedAt = now;
	}

	public void flag(List<DuplicateFlag> found) {
		duplicates.clear();
		found.forEach(flag -> duplicates.add(new DuplicateColumns(flag)));
		this.flagged = !found.isEmpty();
	}

	public FieldChange.Diff askForInformation(String question, String secretHash, Instant now) {
		FieldChange.Diff diff = moveTo(ApplicationStatus.INFO_REQUESTED, now);
		diff.field("question", this.question, question);
		this.question = question;
		this.answer = null;
		this.answerSecretHash = secretHash;
		return diff;
	}

	/** The applicant's answer; the secret link works once. The review deadline starts again. */
	public FieldChange.Diff answer(String answer, Instant now) {
		FieldChange.Diff diff = moveTo(ApplicationStatus.IN_REVIEW, now);
		diff.field("answer", this.answer, answer);
		this.answer = answer;
		this.answerSecretHash = null;
		return diff;
	}

	public FieldChange.Diff reject(String reason, Instant now) {
		FieldChange.Diff diff = moveTo(ApplicationStatus.REJECTED, now);
		diff.field("reason", null, reason);
		this.decisionReason = reason;
		this.answerSecretHash = null;
		return diff;
	}

	public FieldChange.Diff approve(UUID partnerId, UUID programmeId, UUID tierId, Instant now) {
		FieldChange.Diff diff = moveTo(ApplicationStatus.APPROVED, now);
		diff.field("partnerId", null, partnerId).field("programmeId", null, programmeId).field("tierId", null, tierId);
		this.partnerId = partnerId;
		this.approvedProgrammeId = programmeId;
		this.approvedTierId = tierId;
		return diff;
	}

	/** Refuses an illegal transition before anything else happens (the 409 the API answers). */
	public void requireTransition(ApplicationStatus target) {
		if (!status.canBecome(target)) {
			throw new IllegalTransition("Application", status, target);
		}
	}

	private FieldChange.Diff moveTo(ApplicationStatus target, Instant now) {
		requireTransition(target);
		FieldChange.Diff diff = new FieldChange.Diff().field("status", status, target);
		this.status = target;
		this.updatedAt = now;
		return diff;
	}

	public void markReminded() {
		this.reminded = true;
	}

	public void markEscalated() {
		this.reminded = true;
		this.escalated = true;
	}

	public boolean isOverdue(Instant now) {
		return status == ApplicationStatus.IN_REVIEW && reviewDueAt.isBefore(now);
	}

	public UUID id() { return id; }
	public String company() { return company; }
	public String nameKey() { return nameKey; }
	public String website() { return website; }
	public String domain() { return domain; }
	public String emailDomain() { return emailDomain; }
	public String country() { return country; }
	public List<String> regions() { return regions.isEmpty() ? List.of() : Arrays.asList(regions.split(",")); }
	public PartnerType partnerType() { return partnerType; }
	public String capabilities() { return capabilities; }
	public String products() { return products; }
	public UUID programmeId() { return programmeId; }
	public BigDecimal expectedVolume() { return expectedVolume; }
	public String currency() { return currency; }
	public String contactName() { return contactName; }
	public String contactEmail() { return contactEmail; }
	public String contactPhone() { return contactPhone; }
	public String consentText() { return consentText; }
	public String locale() { return locale; }
	public ApplicationStatus status() { return status; }
	public UUID assigneeId() { return assigneeId; }
	public String queue() { return queue; }
	public Instant submittedAt() { return submittedAt; }
	public Instant reviewDueAt() { return reviewDueAt; }
	public Instant reminderDueAt() { return reminderDueAt; }
	public boolean reminded() { return reminded; }
	public boolean escalated() { return escalated; }
	public boolean flagged() { return flagged; }
	public String question() { return question; }
	public String answer() { return answer; }
	public String decisionReason() { return decisionReason; }
	public UUID partnerId() { return partnerId; }
	public UUID approvedProgrammeId() { return approvedProgrammeId; }
	public UUID approvedTierId() { return approvedTierId; }
	public List<DuplicateFlag> duplicates() { return duplicates.stream().map(DuplicateColumns::toFlag).toList(); }
	public long version() { return version == null ? 0 : version; }
}
