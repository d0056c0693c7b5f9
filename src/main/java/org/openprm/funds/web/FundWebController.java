package org.openprm.funds.web;

import jakarta.validation.Valid;

import org.openprm.funds.FundClaims;
import org.openprm.funds.FundInsights;
import org.openprm.funds.FundManagement;
import org.openprm.funds.FundRequestDraft;
import org.openprm.funds.FundRequestView;
import org.openprm.funds.FundRequests;
import org.openprm.identity.CurrentActor;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funds page: a partner's balances, requests and claims with their next steps and a request form;
 * the vendor's utilisation, funds at risk of expiry, approvals waiting, days to payment and a fund form.
 */
@Controller
class FundWebController {

	private final FundManagement funds;

	private final FundRequests requests;

	private final FundClaims claims;

	private final FundInsights insights;

	private final CurrentActor actors;

	private final org.openprm.funds.FundRoi roi;

	private final FundTargetChoices choices;

	FundWebController(FundManagement funds, FundRequests requests, FundClaims claims, FundInsights insights,
			CurrentActor actors, org.openprm.funds.FundRoi roi, FundTargetChoices choices) {
		this.roi = roi;
		this.choices = choices;
		this.funds = funds;
		this.requests = requests;
		this.claims = claims;
		this.insights = insights;
		this.actors = actors;
	}

	@GetMapping("/funds")
	String page(Model model) {
		model.addAttribute("fundForm", new FundForm());
		RequestForm form = new RequestForm();
		model.addAttribute("requestForm", form);
		return show(model);
	}

	@PostMapping("/funds")
	String create(@Valid @ModelAttribute("fundForm") FundForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String missing = form.missingTarget();
		if (missing != null) {
			errors.rejectValue(missing, "problem.required", "is required");
		}
		if (!errors.hasErrors()) {
			try {
				funds.create(form.draft());
				redirect.addFlashAttribute("notice", "funds.created");
				return "redirect:/funds";
			}
			catch (InvalidInput refused) {
				FormErrors.apply(refused, errors);
			}
		}
		model.addAttribute("requestForm", new RequestForm());
		return show(model);
	}

	@PostMapping("/funds/requests")
	String request(@Valid @ModelAttribute("requestForm") RequestForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				FundRequestView created = requests.submit(new FundRequestDraft(form.getFundId(), form.getPartnerId(),
						form.getActivityType(), form.getTheme(), form.getTitle(), form.getDescription(), form.getStartsOn(),
						form.getEndsOn(), form.getRequestedAmount(), form.getCurrency(), form.getCostSharePercent(),
						form.getExpectedLeads(), form.getExpectedPipeline(), form.getCampaignCode()));
				return "redirect:/funds/requests/" + created.id();
			}
			catch (InvalidInput refused) {
				FormErrors.apply(refused, errors);
			}
		}
		model.addAttribute("fundForm", new FundForm());
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("balances", funds.balances(null));
		model.addAttribute("requests", requests.requests());
		model.addAttribute("claims", claims.claims());
		model.addAttribute("activityTypes", requests.activityTypes());
		model.addAttribute("themes", requests.themes());
		model.addAttribute("roi", roi.report());
		if (actors.get().isVendor()) {
			model.addAttribute("dashboard", insights.dashboard());
			choices.addTo(model);
		}
		return "funds/index";
	}
}
