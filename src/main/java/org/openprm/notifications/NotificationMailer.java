package org.openprm.notifications;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail copy of a notice: its subject, its text and a link to it in the portal.
 */
@Component
class NotificationMailer {

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final Environment environment;

	private final String baseUrl;

	private final String from;

	NotificationMailer(JavaMailSender mail, MessageSource messages, Environment environment,
			@Value("${prm.base-url:}") String baseUrl, @Value("${prm.mail.from}") String from) {
		this.mail = mail;
		this.messages = messages;
		this.environment = environment;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	void send(String to, Notice notice) {
		// Like the other mails, in English until users' languages reach the mail templates.
		Locale locale = Locale.ENGLISH;
		String link = notice.linkPath() == null ? "" : baseUrl() + notice.linkPath();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(notice.subject());
		message.setText(messages.getMessage(link.isEmpty() ? "mail.notification.bodyWithoutLink" : "mail.notification.body",
				new Object[] { notice.body(), link }, locale));
		mail.send(message);
	}

	private String baseUrl() {
		return baseUrl.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port", "8080") : baseUrl;
	}
}
