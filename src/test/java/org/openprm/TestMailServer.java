package org.openprm;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free loopback port.
 */
public final class TestMailServer {

	private static final GreenMail SERVER = start();

	private TestMailServer() {
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
	}

	/** Waits (on the server's own signal, not a sleep) for a mail to the address and returns its body. */
	public static String awaitMailTo(String address) {
		return awaitMailTo(address, "");
	}

	/** Waits for the latest mail to the address to contain {@code text}, and returns its body. */
	public static String awaitMailTo(String address, String text) {
		return awaitMailTo(address, body -> body.contains(text));
	}

	/** Waits for the latest mail to the address to satisfy {@code wanted}, and returns its body. */
	public static String awaitMailTo(String address, java.util.function.Predicate<String> wanted) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> body = latestTo(address).filter(wanted);
			if (body.isPresent()) {
				return body.get();
			}
			SERVER.waitForIncomingEmail(500, SERVER.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail to " + address + " within 20 seconds");
	}

	/**
	 * Waits for any mail to the address (not only the latest) to satisfy {@code wanted}, and returns its
	 * body: for mails sent in bulk, where another mail to the same address may arrive later.
	 */
	public static String awaitAnyMailTo(String address, java.util.function.Predicate<String> wanted) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> body = allTo(address).stream().filter(wanted).findFirst();
			if (body.isPresent()) {
				return body.get();
			}
			SERVER.waitForIncomingEmail(500, SERVER.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No such mail to " + address + " within 30 seconds");
	}

	private static java.util.List<String> allTo(String address) {
		java.util.List<String> bodies = new java.util.ArrayList<>();
		for (MimeMessage message : SERVER.getReceivedMessages()) {
			try {
				if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
					bodies.add(com.icegreen.greenmail.util.GreenMailUtil.getBody(message));
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return bodies;
	}

	/** The invitation path ({@code /invitations/...}) in the latest mail to the address. */
	public static String invitationPathFor(String address) {
		Matcher matcher = Pattern.compile("(/invitations/[A-Za-z0-9_\\-]+)").matcher(awaitMailTo(address));
		if (!matcher.find()) {
			throw new AssertionError("The mail to " + address + " has no invitation link");
		}
		return matcher.group(1);
	}

	private static Optional<String> latestTo(String address) {
		MimeMessage[] messages = SERVER.getReceivedMessages();
		for (int i = messages.length - 1; i >= 0; i--) {
			try {
				if (Arrays.stream(messages[i].getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
					return Optional.of(com.icegreen.greenmail.util.GreenMailUtil.getBody(messages[i]));
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return Optional.empty();
	}
}
