package org.openprm.deals.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.CustomerAccounts;
import org.openprm.deals.DealAttachments;
import org.openprm.deals.DealDecisions;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealSettings;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealView;
import org.openprm.deals.TimelineEntry;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a deal's page: the deal as the caller may see it, the actions offered, the
 * timeline, the comments and the files, and for vendor staff the conflict candidates beside the registration.
 * Forms already in the model (sent back with their errors) are kept.
 */
@Component
class DealPage {

	static final String VIEW = "deals/deal";

	private final DealManagement deals;

	private final CustomerAccounts accounts;

	private final DealSettings settings;

	private final CurrentActor actors;

	private final DealChoices choices;

	private final DealAttachments files;

	private final DealDecisions decisions;

	DealPage(DealManagement deals, CustomerAccounts accounts, DealSettings settings, CurrentActor actors,
			DealChoices choices, DealAttachments files, DealDecisions decisions) {
		this.deals = deals;
		this.decisions = decisions;
		this.choices = choices;
		this.files = files;
		this.accounts = accounts;
		this.settings = settings;
		this.actors = actors;
	}

	String show(UUID id, Model model) {
		DealView deal = deals.registration(id);
		Actor actor = actors.get();
		model.addAttribute("deal", deal);
		model.addAttribute("actions", DealActions.of(deal, actor, actors.scope()));
		List<TimelineEntry> newestFirst = new ArrayList<>(deals.timeline(id));
		Collections.reverse(newestFirst);
		model.addAttribute("timeline", newestFirst);
		model.addAttribute("comments", deals.comments(id));
		// Built for vendor staff only: a partner's page never holds who or what it may collide with.
		model.addAttribute("candidates", actor.isVendor() ? ConflictComparison.of(deal, deals, accounts) : List.of());
		model.addAttribute("dealAddress", ConflictComparison.address(deal.customer().street(), deal.customer().postalCode(),
				deal.customer().city(), deal.customer().country()));
		choices.forCredits(deal, model);
		model.addAttribute("attachments", files.attachments(id));
		model.addAttribute("stages", DealStage.values());
		model.addAttribute("defaultProtectionDays", actor.isVendor() ? decisions.defaultProtectionDays(deal.partnerId())
				: settings.protectionDays());
		model.addAttribute("maxExtensionDays", settings.extensionDays());
		if (!model.containsAttribute("updateForm")) {
			model.addAttribute("updateForm", DealUpdateForm.of(deal));
		}
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new DealActionForm());
		}
		return VIEW;
	}
}
