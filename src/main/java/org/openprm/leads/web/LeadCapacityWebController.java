package org.openprm.leads.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.leads.LeadCapacityView;
import org.openprm.leads.LeadDistribution;
import org.openprm.partners.PartnerManagement;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.openprm.shared.web.PageLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lead capacity pages: vendor staff's overview of every partner's open leads against its capacity, and a
 * partner's own capacity page, where vendor staff set capacity and maximum and the partner's admin sets the
 * capacity up to that maximum. Other partners' pages answer 404 through the partner look-up.
 */
@Controller
class LeadCapacityWebController {

	private static final int PAGE_SIZE = 50;

	private final LeadDistribution distribution;

	private final PartnerManagement partners;

	private final CurrentActor actors;

	LeadCapacityWebController(LeadDistribution distribution, PartnerManagement partners, CurrentActor actors) {
		this.distribution = distribution;
		this.partners = partners;
		this.actors = actors;
	}

	/** Vendor staff get the overview; a partner user its own partner's page. */
	@GetMapping("/leads/capacity")
	String overview(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Actor actor = actors.get();
		if (!actor.isVendor()) {
			return "redirect:/partners/" + actor.partnerId() + "/lead-capacity";
		}
		model.addAttribute("result", distribution.loads(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("pageBase", PageLinks.base(request));
		return "leads/capacity-overview";
	}

	@GetMapping("/partners/{partnerId}/lead-capacity")
	String capacity(@PathVariable UUID partnerId, Model model) {
		LeadCapacityView current = distribution.capacity(partnerId);
		LeadCapacityForm form = new LeadCapacityForm();
		form.setCapacity(current.capacity());
		form.setMaximum(current.maximum());
		model.addAttribute("form", form);
		return page(partnerId, current, model);
	}

	@PostMapping("/partners/{partnerId}/lead-capacity")
	String setCapacity(@PathVariable UUID partnerId, @Valid @ModelAttribute("form") LeadCapacityForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LeadCapacityView current = distribution.capacity(partnerId);
		if (errors.hasErrors()) {
			return page(partnerId, current, model);
		}
		try {
			distribution.setCapacity(partnerId, form.getCapacity(), actors.get().isVendor() ? form.getMaximum() : null);
			redirect.addFlashAttribute("notice", "lead.capacity.saved");
			return "redirect:/partners/" + partnerId + "/lead-capacity";
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return page(partnerId, current, model);
		}
	}

	private String page(UUID partnerId, LeadCapacityView current, Model model) {
		Actor actor = actors.get();
		model.addAttribute("partner", partners.partner(partnerId));
		model.addAttribute("current", current);
		model.addAttribute("vendor", actor.isVendor());
		model.addAttribute("canEdit", actor.isVendor() || actor.isPartnerAdmin());
		return "leads/capacity";
	}
}
