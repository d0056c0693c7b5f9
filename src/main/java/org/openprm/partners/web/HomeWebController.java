package org.openprm.partners.web;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.partners.DirectoryFigures;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: directory figures for vendor staff, the own organisation for partner users.
 * Every number is counted from the database; nothing is made up.
 */
@Controller
class HomeWebController {

	private final PartnerManagement partners;

	private final IdentityManagement identity;

	private final CurrentActor actors;

	HomeWebController(PartnerManagement partners, IdentityManagement identity, CurrentActor actors) {
		this.partners = partners;
		this.identity = identity;
		this.actors = actors;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = actors.get();
		if (actor.isVendor()) {
			DirectoryFigures figures = partners.figures();
			model.addAttribute("byStatus", figures.byStatus());
			model.addAttribute("byType", figures.byType());
			model.addAttribute("partnerUsers", identity.countActivePartnerUsers());
			model.addAttribute("newest", partners.newest(5));
			return "home/vendor";
		}
		PartnerView own = partners.partner(actor.partnerId());
		model.addAttribute("partner", own);
		model.addAttribute("peopleCount", identity.countUsersOf(own.id()));
		if (own.type() == PartnerType.DISTRIBUTOR) {
			model.addAttribute("resellerCount", partners.search(
					new PartnerCriteria(null, null, null, null, null, own.id()), PageRequest.of(0, 1)).total());
		}
		return "home/partner";
	}
}
