package org.openprm.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.JobRole;
import org.openprm.identity.Role;
import org.openprm.identity.UserSummary;
import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerPeople;
import org.openprm.partners.PartnerView;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.TierView;
import org.openprm.recruitment.domain.ApplicationRepository;
import org.openprm.recruitment.domain.ApplicationSpecifications;
import org.openprm.recruitment.domain.HistoryRecord;
import org.openprm.recruitment.domain.HistoryRepository;
import org.openprm.recruitment.domain.PartnerApplication;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's review of applications: the queue, one application with its history, and the decisions.
 * Applications are vendor records: a partner user gets 404 for each, as for one that does not exist.
 * Approval creates the partner organisation, invites the contact as its first admin and enrols it, in
 * one transaction: if any step fails, nothing of it remains.
 */
@Service
@Transactional
public class ApplicationReview {

	static final String TYPE = "PartnerApplication";

	private final ApplicationRepository applications;

	private final HistoryRepository history;

	private final PartnerManagement partners;

	private final PartnerPeople people;

	private final IdentityManagement identity;

	private final ProgramManagement programs;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApplicationReview(ApplicationRepository applications, HistoryRepository history, PartnerManagement partners,
			PartnerPeople people, IdentityManagement identity, ProgramManagement programs, Visibility visibility,
			CurrentActor actors, ApplicationEventPublisher events, Clock clock) {
		this.programs = programs;
		this.applications = applications;
		this.history = history;
		this.partners = partners;
		this.people = people;
		this.identity = identity;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<ApplicationView> applications(ApplicationCriteria criteria, Pageable pageable) {
		visibility.requireVendor(TYPE, "list");
		Instant now = clock.instant();
		return PageResult.of(applications.findAll(ApplicationSpecifications.matching(criteria, now), pageable),
				application -> view(application, now));
	}

	@Transactional(readOnly = true)
	public ApplicationView application(UUID id) {
		return view(found(id), clock.instant());
	}

	@Transactional(readOnly = true)
	public List<ApplicationHistoryEntry> history(UUID id) {
		found(id);
		return history.findByApplicationIdOrderByOccurredAtAscIdAsc(id).stream().map(HistoryRecord::toEntry).toList();
	}

	/**
	 * Approves: creates the partner organisation, invites the contact as its admin and enrols it in the
	 * programme and starting tier. The tier alone names its programme; without a tier, the programme's
	 * lowest; without a programme, the one the applicant was interested in.
	 */
	public ApplicationView approve(UUID id, Approval approval) {
		PartnerApplication application = found(id);
		application.requireTransition(ApplicationStatus.APPROVED);
		TierView tier = StartingTiers.choose(programs.programs(), approval, application.programmeId());
		Instant now = clock.instant();
		PartnerView partner = partners.register(new PartnerDraft(application.company(), null,
				application.partnerType(), null, application.country(),
				application.domain() == null ? List.of() : List.of(application.domain()), List.of(), List.of(), Map.of()));
		UserSummary admin = firstAdmin(application, partner);
		programs.enrol(partner.id(), tier.programId(), tier.id());
		FieldChange.Diff diff = application.approve(partner.id(), tier.programId(), tier.id(), now);
		record(application, "approved", partner.name(), now);
		events.publishEvent(new ApplicationChanged(id, "approved", diff.changes()));
		events.publishEvent(new ApplicationApproved(id, partner.id(), admin.id(), tier.programId(), tier.id(), now));
		return written(application);
	}

	public ApplicationView reject(UUID id, String reason) {
		PartnerApplication application = found(id);
		String text = required(reason, "reason");
		Instant now = clock.instant();
		FieldChange.Diff diff = application.reject(text, now);
		record(application, "rejected", text, now);
		events.publishEvent(new ApplicationChanged(id, "rejected", diff.changes()));
		events.publishEvent(new ApplicationNotice(id, ApplicationNotice.Kind.REJECTED, null));
		return written(application);
	}

	/** Asks the applicant a question; it answers through a secret link in the mail, without signing in. */
	public ApplicationView requestInformation(UUID id, String question) {
		PartnerApplication application = found(id);
		String text = required(question, "question");
		Instant now = clock.instant();
		String secret = AnswerSecrets.newSecret();
		FieldChange.Diff diff = application.askForInformation(text, AnswerSecrets.hash(secret), now);
		record(application, "info-requested", text, now);
		events.publishEvent(new ApplicationChanged(id, "info-requested", diff.changes()));
		events.publishEvent(new ApplicationNotice(id, ApplicationNotice.Kind.INFO_REQUESTED, secret));
		return written(application);
	}

	private UserSummary firstAdmin(PartnerApplication application, PartnerView partner) {
		try {
			return people.invite(partner.id(), application.contactEmail(), application.contactName(), Role.PARTNER_ADMIN,
					JobRole.EXECUTIVE);
		}
		catch (InvalidInput ex) {
			// The contact already has a login (of another partner): nothing may be created, so all rolls back.
			throw InvalidInput.of("contactEmail", "already has a login; the contact cannot become the new partner's admin",
					"recruitment.contactTaken");
		}
	}

	private void record(PartnerApplication application, String action, String detail, Instant now) {
		history.save(new HistoryRecord(application.id(), now, actors.get().email(), action, detail));
	}

	private PartnerApplication found(UUID id) {
		visibility.requireVendor(TYPE, id);
		return applications.findById(id).orElseThrow(() -> RecordNotFound.of(TYPE, id));
	}

	private static String required(String text, String field) {
		String clean = text == null ? "" : text.trim();
		if (clean.isEmpty()) {
			throw InvalidInput.of(field, "is required", "required");
		}
		if (clean.length() > 2000) {
			throw InvalidInput.of(field, "must be at most 2000 characters", "recruitment.tooLong");
		}
		return clean;
	}

	private ApplicationView written(PartnerApplication application) {
		applications.flush();
		return view(application, clock.instant());
	}

	ApplicationView view(PartnerApplication a, Instant now) {
		String assignee = a.assigneeId() == null ? null : StaffNames.of(identity, a.assigneeId());
		return new ApplicationView(a.id(), a.company(), a.website(), a.country(), a.regions(), a.partnerType(),
				a.capabilities(), a.products(), a.programmeId(), a.expectedVolume(), a.currency(), a.contactName(),
				a.contactEmail(), a.contactPhone(), a.consentText(), a.status(), a.assigneeId(), assignee, a.queue(),
				a.submittedAt(), a.reviewDueAt(), a.isOverdue(now), a.question(), a.answer(), a.decisionReason(),
				a.partnerId(), a.approvedProgrammeId(), a.approvedTierId(), a.duplicates(), a.version());
	}
}
