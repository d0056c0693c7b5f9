package org.openprm.identity.mail;

import java.util.Locale;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.UserInvited;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation e-mail after the invitation committed. If the mail server is down, the event
 * stays incomplete in the event publication registry and is sent again when the node restarts, so no
 * invitation is lost; "resend invitation" sends a fresh link at once.
 */
@Component
class InvitationMailer {

	private final IdentityManagement identity;

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	private final Environment environment;

	InvitationMailer(IdentityManagement identity, JavaMailSender mail, MessageSource messages,
			@Value("${prm.base-url:}") String baseUrl, @Value("${prm.mail.from}") String from, Environment environment) {
		this.identity = identity;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.from = from;
		this.environment = environment;
	}

	/** The configured public URL, or this node's own address when none is configured. */
	private String baseUrl() {
		if (!baseUrl.isBlank()) {
			return baseUrl.replaceAll("/+$", "");
		}
		return "http://localhost:" + environment.getProperty("local.server.port", "8080");
	}

	@ApplicationModuleListener
	void on(UserInvited event) {
		String secret = identity.issueInvitationLink(event.userId());
		Locale locale = Locale.ENGLISH;
		String link = baseUrl() + "/invitations/" + secret;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(event.email());
		message.setSubject(messages.getMessage("mail.invitation.subject", null, locale));
		message.setText(messages.getMessage("mail.invitation.body", new Object[] { link }, locale));
		mail.send(message);
	}
}
