package org.openprm.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.programs.ProgramManagement;
import org.openprm.recruitment.domain.ApplicationRepository;
import org.openprm.recruitment.domain.ApplicationRules;
import org.openprm.recruitment.domain.HistoryRecord;
import org.openprm.recruitment.domain.HistoryRepository;
import org.openprm.recruitment.domain.PartnerApplication;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of recruitment, used without signing in: submitting an application and answering the
 * reviewer's question through the secret link. A submission whose honeypot field is filled is answered
 * like any other but never stored.
 */
@Service
@Transactional
public class ApplicationIntake {

	private static final Logger LOG = LoggerFactory.getLogger(ApplicationIntake.class);

	private final ApplicationRepository applications;

	private final HistoryRepository history;

	private final ApplicationRouting routing;

	private final DuplicateSearch duplicates;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final CurrentActor actors;

	private final Visibility visibility;

	private final ProgramManagement programs;

	private final String vendorName;

	ApplicationIntake(ApplicationRepository applications, HistoryRepository history, ApplicationRouting routing,
			DuplicateSearch duplicates, ApplicationEventPublisher events, MessageSource messages, Clock clock,
			CurrentActor actors, Visibility visibility, ProgramManagement programs,
			@Value("${prm.vendor-name:OpenPRM}") String vendorName) {
		this.programs = programs;
		this.actors = actors;
		this.visibility = visibility;
		this.applications = applications;
		this.history = history;
		this.routing = routing;
		this.duplicates = duplicates;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.vendorName = vendorName;
	}

	/** The consent text an applicant agrees to, in its language; the application keeps the text it saw. */
	@Transactional(readOnly = true)
	public String consentText(Locale locale) {
		return messages.getMessage("apply.consent.text", new Object[] { vendorName }, locale(locale));
	}

	/**
	 * Checks and stores an application, flags possible duplicates, routes it and confirms it to the
	 * contact by e-mail. Answers the application's id; a filled {@code honeypot} answers a made-up id.
	 */
	public UUID submit(ApplicationDraft draft, String honeypot) {
		if (actors.find().filter(actor -> !actor.isVendor()).isPresent()) {
			// Partners never see applications, not even through the public door with their login.
			visibility.requireVendor(ApplicationReview.TYPE, "new");
		}
		ApplicationRules.Checked checked = ApplicationRules.check(draft);
		if (draft.programmeId() != null && programs.programs().stream().noneMatch(p -> p.id().equals(draft.programmeId()))) {
			throw InvalidInput.of("programmeId", "is not an active programme", "recruitment.programme");
		}
		if (honeypot != null && !honeypot.isBlank()) {
			LOG.info("Dropped an application whose honeypot field was filled (company '{}')", checked.facts().company());
			return UUID.randomUUID();
		}
		Instant now = clock.instant();
		Locale locale = locale(draft.locale());
		PartnerApplication application = new PartnerApplication(checked.facts(), checked.contact(),
				consentText(locale), locale.toLanguageTag(), now);
		application.flag(CurrentActor.runAsSystem(() -> duplicates.find(application)));
		routing.route(application, now);
		applications.save(application);
		history.save(new HistoryRecord(application.id(), now, checked.contact().email(), "submitted",
				application.flagged() ? "possible duplicate" : null));
		events.publishEvent(new ApplicationChanged(application.id(), "submitted", new FieldChange.Diff()
			.field("company", null, application.company()).field("contactEmail", null, application.contactEmail())
			.field("status", null, application.status()).field("assigneeId", null, application.assigneeId())
			.field("queue", null, application.queue()).changes()));
		events.publishEvent(new ApplicationReceived(application.id(), application.company(), now));
		events.publishEvent(new ApplicationNotice(application.id(), ApplicationNotice.Kind.RECEIVED, null));
		events.publishEvent(new ApplicationNotice(application.id(), ApplicationNotice.Kind.ASSIGNED, null));
		return application.id();
	}

	/** The question waiting behind a secret answer link, if the link is (still) valid. */
	@Transactional(readOnly = true)
	public Optional<PendingQuestion> pendingQuestion(String secret) {
		return waiting(secret).map(a -> new PendingQuestion(a.company(), a.question()));
	}

	/** The applicant's answer: the application returns to review with a new deadline; the link is used up. */
	public void answer(String secret, String answer) {
		PartnerApplication application = waiting(secret).orElseThrow(() -> InvalidInput.of("secret",
				"the link is no longer valid", "recruitment.answerLink"));
		String text = answer == null ? "" : answer.trim();
		if (text.isEmpty() || text.length() > 4000) {
			throw InvalidInput.of("answer", "write an answer of up to 4000 characters", "recruitment.answer");
		}
		Instant now = clock.instant();
		FieldChange.Diff diff = application.answer(text, now);
		routing.restartDeadline(application, now);
		history.save(new HistoryRecord(application.id(), now, application.contactEmail(), "answered", text));
		events.publishEvent(new ApplicationChanged(application.id(), "answered", diff.changes()));
		events.publishEvent(new ApplicationNotice(application.id(), ApplicationNotice.Kind.ANSWERED, null));
	}

	/** What the applicant sees on the answer page. */
	public record PendingQuestion(String company, String question) {
	}

	private Optional<PartnerApplication> waiting(String secret) {
		if (secret == null || secret.length() < 20 || secret.length() > 100) {
			return Optional.empty();
		}
		return applications.findByAnswerSecretHash(AnswerSecrets.hash(secret))
			.filter(a -> a.status() == ApplicationStatus.INFO_REQUESTED);
	}

	private static Locale locale(Locale locale) {
		return locale != null && "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
	}
}
