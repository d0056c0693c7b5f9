package org.openprm.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor team page: vendor staff see their colleagues; vendor admins invite and deactivate them.
 */
@Controller
class StaffWebController {

	private final IdentityManagement identity;

	StaffWebController(IdentityManagement identity) {
		this.identity = identity;
	}

	public static class StaffForm {

		@NotBlank
		@Email
		@Size(max = 254)
		private String email;

		@NotBlank
		@Size(max = 200)
		private String displayName;

		@NotNull
		private Role role = Role.CHANNEL_MANAGER;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}
	}

	@GetMapping("/staff")
	String team(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new StaffForm());
		}
		return page(model);
	}

	@PostMapping("/staff")
	String invite(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				identity.inviteVendorStaff(form.getEmail(), form.getDisplayName(), form.getRole());
				redirect.addFlashAttribute("notice", "people.invited");
				return "redirect:/staff";
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return page(model);
	}

	@PostMapping("/staff/{userId}/deactivate")
	String deactivate(@PathVariable UUID userId, RedirectAttributes redirect) {
		identity.staffMember(userId);
		identity.deactivate(userId);
		redirect.addFlashAttribute("notice", "people.deactivated");
		return "redirect:/staff";
	}

	@PostMapping("/staff/{userId}/resend")
	String resend(@PathVariable UUID userId, RedirectAttributes redirect) {
		identity.staffMember(userId);
		identity.resendInvitation(userId);
		redirect.addFlashAttribute("notice", "people.resent");
		return "redirect:/staff";
	}

	@PostMapping("/staff/{userId}/reactivate")
	String reactivate(@PathVariable UUID userId, RedirectAttributes redirect) {
		identity.staffMember(userId);
		identity.reactivate(userId);
		redirect.addFlashAttribute("notice", "people.reactivated");
		return "redirect:/staff";
	}

	private String page(Model model) {
		model.addAttribute("staff", identity.vendorStaff(PageRequest.of(0, 200, Sort.by("displayName"))));
		return "identity/staff";
	}
}
