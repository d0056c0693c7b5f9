package org.openprm.deals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openprm.deals.domain.DealRegistration;
import org.openprm.deals.domain.DealRegistrationRepository;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.identity.UserSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a deal what happened, by e-mail, after the change committed: the partner
 * user who registered it hears of decisions, questions, vendor updates and reminders; channel managers
 * hear of partner updates, comments, extension requests and undecided registrations; vendor admins of
 * registrations past the approval deadline. A mail server that is down leaves the event incomplete in
 * the event registry, and it is sent again on restart.
 */
@Component
class DealMailer {

	private static final Set<DealNotice.Kind> TO_VENDOR = EnumSet.of(DealNotice.Kind.UPDATED_BY_PARTNER,
			DealNotice.Kind.EXTENSION_REQUESTED, DealNotice.Kind.REVIEW_REMINDER);

	private final DealRegistrationRepository registrations;

	private final IdentityManagement identity;

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final Environment environment;

	private final String baseUrl;

	private final String from;

	DealMailer(DealRegistrationRepository registrations, IdentityManagement identity, JavaMailSender mail,
			MessageSource messages, Environment environment, @Value("${prm.base-url:}") String baseUrl,
			@Value("${prm.mail.from}") String from) {
		this.registrations = registrations;
		this.identity = identity;
		this.mail = mail;
		this.messages = messages;
		this.environment = environment;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(DealNotice notice) {
		registrations.findById(notice.registrationId()).ifPresent(registration -> {
			for (String to : recipients(notice, registration)) {
				send(to, notice, registration);
			}
		});
	}

	private List<String> recipients(DealNotice notice, DealRegistration registration) {
		boolean byPartner = "partner".equals(notice.detail());
		if (notice.kind() == DealNotice.Kind.REVIEW_ESCALATION) {
			return staff(Role.VENDOR_ADMIN);
		}
		if (TO_VENDOR.contains(notice.kind()) || (byPartner && isTwoWay(notice.kind()))) {
			List<String> managers = staff(Role.CHANNEL_MANAGER);
			return managers.isEmpty() ? staff(Role.VENDOR_ADMIN) : managers;
		}
		// Registrations made by the system (demo data) have no mailbox to write to.
		String registeredBy = registration.registeredByEmail();
		return registeredBy == null || !registeredBy.contains("@") ? List.of() : List.of(registeredBy);
	}

	private static boolean isTwoWay(DealNotice.Kind kind) {
		return kind == DealNotice.Kind.COMMENTED || kind == DealNotice.Kind.WON || kind == DealNotice.Kind.LOST;
	}

	private List<String> staff(Role role) {
		return CurrentActor.runAsSystem(() -> {
			List<String> emails = new ArrayList<>();
			for (UserSummary user : identity.vendorStaff(PageRequest.of(0, 200)).items()) {
				if (user.role() == role && user.status() == UserStatus.ACTIVE) {
					emails.add(user.email());
				}
			}
			return emails;
		});
	}

	private void send(String to, DealNotice notice, DealRegistration registration) {
		// Like the other mails, in English until users' languages reach the mail templates.
		Locale locale = Locale.ENGLISH;
		String customer = registration.customer().name();
		String what = messages.getMessage("mail.deal.kind." + notice.kind().name(), null, locale);
		String detail = notice.detail() == null || "partner".equals(notice.detail()) || "vendor".equals(notice.detail())
				? "" : notice.detail();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(messages.getMessage("mail.deal.subject", new Object[] { customer, what }, locale));
		message.setText(messages.getMessage("mail.deal.body",
				new Object[] { customer, what, detail, baseUrl() + "/api/v1/deal-registrations/" + registration.id() },
				locale));
		mail.send(message);
	}

	private String baseUrl() {
		return baseUrl.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port", "8080") : baseUrl;
	}
}
