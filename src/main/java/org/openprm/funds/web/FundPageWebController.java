package org.openprm.funds.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.openprm.funds.FundManagement;
import org.openprm.funds.FundView;
import org.openprm.identity.CurrentActor;
import org.openprm.shared.Conflict;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One fund's page: its balance and ledger as the reader may see them, and for vendor staff the manual
 * adjustment form (amount, partner, reason). Another partner's fund answers 404 like a missing one.
 */
@Controller
class FundPageWebController {

	private final FundManagement funds;

	private final CurrentActor actors;

	private final FundTargetChoices choices;

	FundPageWebController(FundManagement funds, CurrentActor actors, FundTargetChoices choices) {
		this.funds = funds;
		this.actors = actors;
		this.choices = choices;
	}

	/** The adjustment form: a signed amount, for an accrual fund the partner whose slice moves, and the reason. */
	public static class AdjustmentForm {

		private BigDecimal amount;

		private UUID partnerId;

		private String reason;

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public UUID getPartnerId() {
			return partnerId;
		}

		public void setPartnerId(UUID partnerId) {
			this.partnerId = partnerId;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	@GetMapping("/funds/{fundId}")
	String page(@PathVariable UUID fundId, Model model) {
		model.addAttribute("adjustmentForm", new AdjustmentForm());
		return show(fundId, model);
	}

	@PostMapping("/funds/{fundId}/adjustments")
	String adjust(@PathVariable UUID fundId, @ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				funds.adjust(fundId, form.getPartnerId(), form.getAmount(), form.getReason());
				redirect.addFlashAttribute("notice", "funds.saved");
				return "redirect:/funds/" + fundId;
			}
			catch (InvalidInput refused) {
				FormErrors.apply(refused, errors);
			}
			catch (Conflict refused) {
				errors.rejectValue("amount", "funds.adjust.tooMuch", refused.getMessage());
			}
		}
		return show(fundId, model);
	}

	private String show(UUID fundId, Model model) {
		FundView fund = funds.fund(fundId);
		model.addAttribute("fund", fund);
		model.addAttribute("balance", funds.balances(null).stream().filter(b -> b.fundId().equals(fundId)).findFirst()
			.orElse(null));
		model.addAttribute("ledger", funds.ledger(fundId));
		if (actors.get().isVendor()) {
			model.addAttribute("partnerChoices", choices.partners());
		}
		return "funds/fund";
	}
}
