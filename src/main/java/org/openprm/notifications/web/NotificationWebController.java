package org.openprm.notifications.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.openprm.notifications.NotificationManagement;
import org.openprm.notifications.NotificationView;
import org.openprm.shared.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's notifications page: newest first, open one (which marks it read), mark all read.
 */
@Controller
@RequestMapping("/notifications")
class NotificationWebController {

	private final NotificationManagement notifications;

	NotificationWebController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("result", notifications.mine(unread, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("pageBase", PageLinks.base(request));
		return "notifications/list";
	}

	/** Marks it read and goes where it leads (or back to the list when it leads nowhere). */
	@PostMapping("/{notificationId}/read")
	String read(@PathVariable UUID notificationId, @RequestParam(defaultValue = "false") boolean open) {
		NotificationView notification = notifications.markRead(notificationId);
		boolean leads = open && notification.linkPath() != null && notification.linkPath().startsWith("/");
		return "redirect:" + (leads ? notification.linkPath() : "/notifications");
	}

	@PostMapping("/read-all")
	String readAll(RedirectAttributes redirect) {
		notifications.markAllRead();
		redirect.addFlashAttribute("notice", "notifications.allRead");
		return "redirect:/notifications";
	}
}
