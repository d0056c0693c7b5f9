package org.openprm.notifications;

import java.util.List;
import java.util.UUID;

/**
 * Something users should hear about: shown in-app to each recipient and sent to their mailbox.
 *
 * @param kind what kind of notice it is, e.g. {@code deal.COMMENTED}; lets the UI group or filter them
 * @param subject one line, also the mail's subject
 * @param body the text, without greeting or link
 * @param linkPath where the notice leads in the portal (e.g. {@code /deals/<id>}), or null
 */
public record Notice(String kind, String subject, String body, String linkPath, List<Recipient> recipients) {

	/** A user who gets the notice; {@code email} null means in-app only. */
	public record Recipient(UUID userId, String email) {
	}
}
