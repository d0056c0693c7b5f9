package org.openprm.identity.mail;

import java.time.Duration;
import java.util.Locale;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.IdentitySettings;
import org.openprm.identity.PasswordResetRequested;
import org.openprm.identity.UserInvited;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the mails that carry a one-time link (invitations, password resets) after the request
 * committed. Only the link's hash is stored, so the link is issued here, right before sending. If the
 * mail server is down, the event stays incomplete in the event publication registry and is sent
 * again when the node restarts; "resend invitation" or a new reset request send a fresh link at once.
 */
@Component
class AccessLinkMailer {

	private final IdentityManagement identity;

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	private final Environment environment;

	private final IdentitySettings settings;

	AccessLinkMailer(IdentityManagement identity, JavaMailSender mail, MessageSource messages,
			@Value("${prm.base-url:}") String baseUrl, @Value("${prm.mail.from}") String from, Environment environment,
			IdentitySettings settings) {
		this.identity = identity;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.from = from;
		this.environment = environment;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(UserInvited event) {
		send(event.email(), "mail.invitation", "/invitations/" + identity.issueInvitationLink(event.userId()),
				settings.invitationValidity());
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		send(event.email(), "mail.passwordReset", "/password-reset/" + identity.issuePasswordResetLink(event.userId()),
				settings.passwordResetValidity());
	}

	private void send(String to, String messageKey, String path, Duration validity) {
		// The recipient has no language setting yet (or is signed out), so these mails are in English.
		Locale locale = Locale.ENGLISH;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(messages.getMessage(messageKey + ".subject", null, locale));
		message.setText(messages.getMessage(messageKey + ".body", new Object[] { baseUrl() + path, spoken(validity) },
				locale));
		mail.send(message);
	}

	/** "7 days", "1 hour", "90 minutes": how long a link lasts, in the words of the mail. */
	static String spoken(Duration validity) {
		if (validity.toHours() >= 24 && validity.toHours() % 24 == 0) {
			return plural(validity.toDays(), "day");
		}
		if (validity.toMinutes() % 60 == 0) {
			return plural(validity.toHours(), "hour");
		}
		return plural(validity.toMinutes(), "minute");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}

	/** The configured public URL, or this node's own address when none is configured. */
	private String baseUrl() {
		if (!baseUrl.isBlank()) {
			return baseUrl.replaceAll("/+$", "");
		}
		return "http://localhost:" + environment.getProperty("local.server.port", "8080");
	}
}
