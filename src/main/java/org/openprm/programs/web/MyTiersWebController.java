package org.openprm.programs.web;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.programs.TierCompliance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The partner's tier status page: per programme its tier and status, why (each requirement, required
 * vs actual), what is still missing for the next tier, and its tier history.
 */
@Controller
class MyTiersWebController {

	private final TierCompliance compliance;

	private final CurrentActor actors;

	MyTiersWebController(TierCompliance compliance, CurrentActor actors) {
		this.compliance = compliance;
		this.actors = actors;
	}

	@GetMapping("/my/tiers")
	String myTiers(Model model) {
		Actor actor = actors.get();
		if (actor.partnerId() == null) {
			return "redirect:/programs";
		}
		model.addAttribute("statuses", compliance.tierStatus(actor.partnerId()));
		model.addAttribute("history", compliance.history(actor.partnerId()));
		return "programs/my-tiers";
	}
}
