package org.openprm.funds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.identity.UserSummary;
import org.openprm.notifications.Notice;
import org.openprm.notifications.NotificationManagement;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Tells people that a fund's unused money is about to expire: the partner's admins for a partner's fund,
 * the vendor admins for shared funds (they decide what to do with a pool).
 */
@Component
class FundReminders {

	private final NotificationManagement notifications;

	private final IdentityManagement identity;

	private final MessageSource messages;

	FundReminders(NotificationManagement notifications, IdentityManagement identity, MessageSource messages) {
		this.notifications = notifications;
		this.identity = identity;
		this.messages = messages;
	}

	void remind(FundView fund, long daysLeft, BigDecimal available) {
		if (available.signum() <= 0) {
			return;
		}
		List<UserSummary> people = fund.partnerId() != null
				? identity.usersOf(fund.partnerId(), PageRequest.of(0, 200)).items().stream()
					.filter(u -> u.role() == Role.PARTNER_ADMIN).toList()
				: identity.vendorStaff(PageRequest.of(0, 200)).items().stream().filter(u -> u.role() == Role.VENDOR_ADMIN).toList();
		List<Notice.Recipient> recipients = people.stream().filter(u -> u.status() == UserStatus.ACTIVE)
			.map(u -> new Notice.Recipient(u.id(), u.email())).toList();
		if (recipients.isEmpty()) {
			return;
		}
		// In English like the other mails, until users' languages reach the mail templates.
		Object[] args = { fund.name(), daysLeft, available.toPlainString() + " " + fund.currency(), fund.periodEnd() };
		notifications.deliver(new Notice("funds.EXPIRY_REMINDER",
				messages.getMessage("mail.funds.expiry.subject", args, Locale.ENGLISH),
				messages.getMessage("mail.funds.expiry.body", args, Locale.ENGLISH), "/funds", recipients));
	}
}
