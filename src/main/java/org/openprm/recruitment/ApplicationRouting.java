package org.openprm.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.UserStatus;
import org.openprm.identity.UserSummary;
import org.openprm.identity.Visibility;
import org.openprm.recruitment.domain.Assignment;
import org.openprm.recruitment.domain.PartnerApplication;
import org.openprm.recruitment.domain.RoutingPolicy;
import org.openprm.recruitment.domain.RoutingRule;
import org.openprm.recruitment.domain.RoutingRuleRepository;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval routing: the vendor's rules, in priority order, that assign each new application to a channel
 * manager or a named queue (the fallback queue when none matches), with the review deadline. Vendor staff
 * read the rules; vendor admins change them. Partners get 404 as for any vendor record.
 */
@Service
@Transactional
public class ApplicationRouting {

	static final String RULE = "ApplicationRoutingRule";

	private final RoutingRuleRepository rules;

	private final IdentityManagement identity;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final RecruitmentSettings settings;

	private final Clock clock;

	ApplicationRouting(RoutingRuleRepository rules, IdentityManagement identity, Visibility visibility,
			CurrentActor actors, ApplicationEventPublisher events, RecruitmentSettings settings, Clock clock) {
		this.rules = rules;
		this.identity = identity;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RoutingRuleView> rules() {
		visibility.requireVendor(RULE, "list");
		return rules.findAllByOrderByPriorityAscCreatedAtAsc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public RoutingRuleView rule(UUID id) {
		return view(found(id));
	}

	public RoutingRuleView create(RoutingRuleDraft draft) {
		requireAdmin("new");
		RoutingRuleDraft clean = checked(draft);
		RoutingRule rule = new RoutingRule(clock.instant());
		FieldChange.Diff diff = rule.edit(clean, clock.instant());
		rules.save(rule);
		events.publishEvent(new RoutingRuleChanged(rule.id(), "created", diff.changes()));
		return written(rule);
	}

	public RoutingRuleView update(UUID id, RoutingRuleDraft draft, Long expectedVersion) {
		RoutingRule rule = found(id);
		requireAdmin(id);
		if (expectedVersion != null && expectedVersion != rule.version()) {
			throw new Conflict("The rule was changed by someone else; reload it and apply your change again.");
		}
		FieldChange.Diff diff = rule.edit(checked(draft), clock.instant());
		if (!diff.isEmpty()) {
			events.publishEvent(new RoutingRuleChanged(rule.id(), "updated", diff.changes()));
		}
		return written(rule);
	}

	public void delete(UUID id) {
		RoutingRule rule = found(id);
		requireAdmin(id);
		rules.delete(rule);
		events.publishEvent(new RoutingRuleChanged(id, "deleted", new FieldChange.Diff().field("name", rule.name(), null)
			.field("priority", rule.priority(), null).changes()));
	}

	/** Assigns a new application by the rules and starts its review deadline. */
	void route(PartnerApplication application, Instant now) {
		Assignment assignment = RoutingPolicy.assign(new RoutingPolicy.Subject(application.country(),
				application.regions(), application.partnerType(), application.programmeId()),
				RoutingPolicy.rules(rules.findAllByOrderByPriorityAscCreatedAtAsc()), settings.fallbackQueue());
		application.route(assignment, now, settings.reviewTime(), settings.reminderShare());
	}

	/** After the applicant answered: the same reviewer, a new deadline. */
	void restartDeadline(PartnerApplication application, Instant now) {
		application.restartReview(now, settings.reviewTime(), settings.reminderShare());
	}

	private RoutingRuleDraft checked(RoutingRuleDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = draft.name() == null ? "" : draft.name().trim();
		if (name.isEmpty() || name.length() > 120) {
			problems.add(new FieldProblem("name", "is required, at most 120 characters", "required"));
		}
		if (draft.priority() < 0 || draft.priority() > 10_000) {
			problems.add(new FieldProblem("priority", "must be between 0 and 10000", "recruitment.priority"));
		}
		String country = blankToNull(draft.country());
		if (country != null && !country.toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
			problems.add(new FieldProblem("country", "must be a two-letter ISO country code", "country"));
		}
		String region = blankToNull(draft.region());
		String queue = blankToNull(draft.queue());
		if ((draft.assigneeId() == null) == (queue == null)) {
			problems.add(new FieldProblem("queue", "choose either a channel manager or a queue", "recruitment.target"));
		}
		if (queue != null && queue.length() > 100 || region != null && region.length() > 60) {
			problems.add(new FieldProblem(queue != null && queue.length() > 100 ? "queue" : "region",
					"is too long", "recruitment.tooLong"));
		}
		if (draft.assigneeId() != null && !isActiveStaff(draft.assigneeId())) {
			problems.add(new FieldProblem("assigneeId", "must be an active vendor staff member", "recruitment.assignee"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new RoutingRuleDraft(name, draft.priority(), country == null ? null : country.toUpperCase(Locale.ROOT),
				region == null ? null : region.toUpperCase(Locale.ROOT), draft.partnerType(), draft.programmeId(),
				draft.assigneeId(), queue);
	}

	private boolean isActiveStaff(UUID userId) {
		try {
			return identity.staffMember(userId).status() != UserStatus.DEACTIVATED;
		}
		catch (RecordNotFound ex) {
			return false;
		}
	}

	private RoutingRule found(UUID id) {
		visibility.requireVendor(RULE, id);
		return rules.findById(id).orElseThrow(() -> RecordNotFound.of(RULE, id));
	}

	private void requireAdmin(Object id) {
		visibility.requireVendor(RULE, id);
		if (!actors.get().isVendorAdmin()) {
			throw visibility.refuse(RULE, id, "change routing rules");
		}
	}

	private RoutingRuleView written(RoutingRule rule) {
		rules.flush();
		return view(rule);
	}

	private RoutingRuleView view(RoutingRule rule) {
		String assignee = rule.assigneeId() == null ? null : StaffNames.of(identity, rule.assigneeId());
		return new RoutingRuleView(rule.id(), rule.name(), rule.priority(), rule.country(), rule.region(),
				rule.partnerType(), rule.programmeId(), rule.assigneeId(), assignee, rule.queue(), rule.version());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
