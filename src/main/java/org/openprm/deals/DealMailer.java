package org.openprm.deals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.openprm.deals.domain.DealRegistration;
import org.openprm.deals.domain.DealRegistrationRepository;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.identity.UserSummary;
import org.openprm.notifications.Notice;
import org.openprm.notifications.NotificationManagement;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a deal what happened, in-app and by e-mail (through the notifications
 * module), after the change committed: the partner side hears of decisions, questions, vendor updates
 * and reminders (the partner user who registered the deal, or the partner's admins when vendor staff
 * registered it on the partner's behalf); channel managers hear of partner updates, comments, extension
 * requests and undecided registrations; vendor admins of registrations past the approval deadline. A
 * mail server that is down leaves the event incomplete in the event registry, and it is delivered again.
 */
@Component
class DealMailer {

	private static final Set<DealNotice.Kind> TO_VENDOR = EnumSet.of(DealNotice.Kind.UPDATED_BY_PARTNER,
			DealNotice.Kind.EXTENSION_REQUESTED, DealNotice.Kind.REVIEW_REMINDER);

	private final DealRegistrationRepository registrations;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final MessageSource messages;

	DealMailer(DealRegistrationRepository registrations, IdentityManagement identity,
			NotificationManagement notifications, MessageSource messages) {
		this.registrations = registrations;
		this.identity = identity;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(DealNotice notice) {
		registrations.findById(notice.registrationId()).ifPresent(registration -> {
			List<Notice.Recipient> recipients = CurrentActor.runAsSystem(() -> recipients(notice, registration));
			if (!recipients.isEmpty()) {
				notifications.deliver(notice(notice, registration, recipients));
			}
		});
	}

	private List<Notice.Recipient> recipients(DealNotice notice, DealRegistration registration) {
		boolean byPartner = "partner".equals(notice.detail());
		if (notice.kind() == DealNotice.Kind.REVIEW_ESCALATION) {
			return staff(Role.VENDOR_ADMIN);
		}
		if (TO_VENDOR.contains(notice.kind()) || (byPartner && isTwoWay(notice.kind()))) {
			List<Notice.Recipient> managers = staff(Role.CHANNEL_MANAGER);
			return managers.isEmpty() ? staff(Role.VENDOR_ADMIN) : managers;
		}
		return partnerSide(registration);
	}

	/** The partner user who registered the deal; when vendor staff did it on the partner's behalf, the partner's admins. */
	private List<Notice.Recipient> partnerSide(DealRegistration registration) {
		UUID registrar = registration.registeredBy();
		// Registrations made by the system (demo data) have nobody who registered them.
		if (registrar == null) {
			return List.of();
		}
		UserSummary user = identity.user(registrar);
		if (user.partnerId() != null) {
			return user.status() == UserStatus.ACTIVE ? List.of(recipient(user)) : List.of();
		}
		List<Notice.Recipient> admins = new ArrayList<>();
		for (UserSummary person : identity.usersOf(registration.partnerId(), PageRequest.of(0, 200)).items()) {
			if (person.role() == Role.PARTNER_ADMIN && person.status() == UserStatus.ACTIVE) {
				admins.add(recipient(person));
			}
		}
		return admins;
	}

	private static boolean isTwoWay(DealNotice.Kind kind) {
		return kind == DealNotice.Kind.COMMENTED || kind == DealNotice.Kind.WON || kind == DealNotice.Kind.LOST;
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

	private Notice notice(DealNotice notice, DealRegistration registration, List<Notice.Recipient> recipients) {
		// Like the other mails, in English until users' languages reach the mail templates.
		Locale locale = Locale.ENGLISH;
		String customer = registration.customer().name();
		String what = messages.getMessage("mail.deal.kind." + notice.kind().name(), null, locale);
		String detail = notice.detail() == null || "partner".equals(notice.detail()) || "vendor".equals(notice.detail())
				? "" : notice.detail();
		return new Notice("deal." + notice.kind().name(),
				messages.getMessage("mail.deal.subject", new Object[] { customer, what }, locale),
				messages.getMessage("mail.deal.body", new Object[] { customer, what, detail }, locale).strip(),
				"/deals/" + registration.id(), recipients);
	}
}
