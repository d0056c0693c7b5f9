package org.openprm.programs;

import java.util.List;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.notifications.Notice;
import org.openprm.notifications.NotificationManagement;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partner's admins (in-app and by e-mail) that their tier changed, after the change committed.
 */
@Component
class TierChangeNotifier {

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final ProgramManagement programs;

	private final MessageSource messages;

	TierChangeNotifier(IdentityManagement identity, NotificationManagement notifications, ProgramManagement programs,
			MessageSource messages) {
		this.identity = identity;
		this.notifications = notifications;
		this.programs = programs;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(TierChanged event) {
		CurrentActor.runAsSystem(() -> {
			List<Notice.Recipient> admins = identity.usersOf(event.partnerId(), PageRequest.of(0, 200)).items().stream()
				.filter(u -> u.role() == Role.PARTNER_ADMIN && u.status() == UserStatus.ACTIVE)
				.map(u -> new Notice.Recipient(u.id(), u.email())).toList();
			if (!admins.isEmpty()) {
				ProgramView program = programs.program(event.programId());
				String tier = program.tier(event.toTierId()).map(TierView::name).orElse("?");
				Object[] args = { program.name(), tier, event.reason() };
				notifications.deliver(new Notice("tier-changed",
						messages.getMessage("tierchange.subject", args, java.util.Locale.ENGLISH),
						messages.getMessage("tierchange.body", args, java.util.Locale.ENGLISH), "/my/tiers", admins));
			}
			return null;
		});
	}
}
