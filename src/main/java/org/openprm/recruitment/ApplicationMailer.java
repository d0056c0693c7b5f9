package org.openprm.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.identity.UserSummary;
import org.openprm.notifications.Notice;
import org.openprm.notifications.NotificationManagement;
import org.openprm.recruitment.domain.ApplicationRepository;
import org.openprm.recruitment.domain.PartnerApplication;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about an application once the change committed, through the notifications module: the
 * applicant by e-mail only (it has no login), in the language it applied in; the assignee (or, for a
 * queue, the channel managers) in-app and by e-mail; vendor admins of escalations.
 */
@Component
class ApplicationMailer {

	private final ApplicationRepository applications;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final MessageSource messages;

	ApplicationMailer(ApplicationRepository applications, IdentityManagement identity,
			NotificationManagement notifications, MessageSource messages) {
		this.applications = applications;
		this.identity = identity;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ApplicationNotice notice) {
		applications.findById(notice.applicationId()).ifPresent(application -> {
			boolean toApplicant = switch (notice.kind()) {
				case RECEIVED, INFO_REQUESTED, REJECTED -> true;
				default -> false;
			};
			if (toApplicant) {
				notifications.deliver(toApplicant(notice, application));
				return;
			}
			List<Notice.Recipient> staff = CurrentActor.runAsSystem(() -> staffFor(notice, application));
			if (!staff.isEmpty()) {
				notifications.deliver(toStaff(notice, application, staff));
			}
		});
	}

	private Notice toApplicant(ApplicationNotice notice, PartnerApplication application) {
		Locale locale = Locale.forLanguageTag(localeOf(application));
		String key = "mail.application." + notice.kind().name();
		Object[] args = { application.company(), application.contactName(), application.decisionReason(),
				application.question() };
		String link = notice.kind() == ApplicationNotice.Kind.INFO_REQUESTED ? "/apply/answer/" + notice.secret() : null;
		return new Notice("application." + notice.kind().name(), messages.getMessage(key + ".subject", args, locale),
				messages.getMessage(key + ".body", args, locale).strip(), link,
				List.of(new Notice.Recipient(null, application.contactEmail())));
	}

	private Notice toStaff(ApplicationNotice notice, PartnerApplication application, List<Notice.Recipient> staff) {
		// Like the other mails to staff, in English until users' languages reach the mail templates.
		Locale locale = Locale.ENGLISH;
		String what = messages.getMessage("mail.application.staff." + notice.kind().name(), null, locale);
		return new Notice("application." + notice.kind().name(),
				messages.getMessage("mail.application.staff.subject", new Object[] { application.company(), what }, locale),
				messages.getMessage("mail.application.staff.body",
						new Object[] { application.company(), what, application.reviewDueAt().toString() }, locale).strip(),
				"/applications/" + application.id(), staff);
	}

	private List<Notice.Recipient> staffFor(ApplicationNotice notice, PartnerApplication application) {
		if (notice.kind() == ApplicationNotice.Kind.REVIEW_ESCALATION) {
			return staff(Role.VENDOR_ADMIN);
		}
		if (application.assigneeId() != null) {
			UserSummary assignee = identity.user(application.assigneeId());
			return assignee.status() == UserStatus.ACTIVE ? List.of(recipient(assignee)) : staff(Role.VENDOR_ADMIN);
		}
		List<Notice.Recipient> managers = staff(Role.CHANNEL_MANAGER);
		return managers.isEmpty() ? staff(Role.VENDOR_ADMIN) : managers;
	}

	private List<Notice.Recipient> staff(Role role) {
		List<Notice.Recipient> recipients = new ArrayList<>();
		for (UserSummary user : identity.vendorStaff(PageRequest.of(0, 200)).items()) {
			if (user.role() == role && user.status() == UserStatus.ACTIVE) {
				recipients.add(recipient(user));
			}
		}
		return recipients;
	}

	private static Notice.Recipient recipient(UserSummary user) {
		return new Notice.Recipient(user.id(), user.email());
	}

	private static String localeOf(PartnerApplication application) {
		return application.locale() == null ? "en" : application.locale();
	}
}
