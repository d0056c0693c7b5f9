package org.openprm.leads;

import java.util.List;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.UserStatus;
import org.openprm.leads.domain.LeadRepository;
import org.openprm.notifications.Notice;
import org.openprm.notifications.NotificationManagement;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a partner's people (in-app and by e-mail) about leads offered to them, acceptance windows
 * about to end, leads without updates and leads taken back.
 */
@Component
class LeadNotices {

	private final LeadRepository leads;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	LeadNotices(LeadRepository leads, IdentityManagement identity, NotificationManagement notifications) {
		this.leads = leads;
		this.identity = identity;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(LeadsOffered offered) {
		List<Notice.Recipient> recipients = recipients(offered.partnerId());
		if (!recipients.isEmpty()) {
			String subject = offered.count() == 1 ? "1 new lead" : offered.count() + " new leads";
			notifications.deliver(new Notice("lead-offered", subject, subject, "/leads", recipients));
		}
	}

	@ApplicationModuleListener
	void on(LeadNotice notice) {
		leads.findById(notice.leadId()).ifPresent(lead -> {
			List<Notice.Recipient> recipients = recipients(notice.partnerId());
			if (recipients.isEmpty()) {
				return;
			}
			String company = lead.details().company();
			String subject = switch (notice.kind()) {
				case OFFERED -> "New lead: " + company;
				case ACCEPT_REMINDER -> "Please accept or decline the lead " + company;
				case NUDGE -> "Please update the lead " + company;
				case RECALLED -> "Lead taken back: " + company;
			};
			notifications.deliver(new Notice("lead-" + notice.kind().name().toLowerCase(java.util.Locale.ROOT), subject,
					subject, notice.kind() == LeadNotice.Kind.RECALLED ? "/leads" : "/leads/" + lead.id(), recipients));
		});
	}

	private List<Notice.Recipient> recipients(java.util.UUID partnerId) {
		return CurrentActor.runAsSystem(() -> identity.usersOf(partnerId, PageRequest.of(0, 200)).items().stream()
			.filter(u -> u.status() == UserStatus.ACTIVE).map(u -> new Notice.Recipient(u.id(), u.email())).toList());
	}
}
