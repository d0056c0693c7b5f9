package org.openprm.funds.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.funds.ClaimDraft;
import org.openprm.funds.ClaimView;
import org.openprm.funds.FundClaims;
import org.openprm.funds.FundRequestFiles;
import org.openprm.funds.FundRequests;
import org.openprm.shared.Conflict;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A fund request's page: its details, the vendor's decisions, the claim form with proof files, and the
 * review and payment of its claims. A refused decision comes back as a message next to its form.
 */
@Controller
class FundRequestWebController {

	private final FundRequests requests;

	private final FundClaims claims;

	private final MessageSource messages;

	private final FundRequestFiles files;

	FundRequestWebController(FundRequests requests, FundClaims claims, MessageSource messages, FundRequestFiles files) {
		this.files = files;
		this.requests = requests;
		this.claims = claims;
		this.messages = messages;
	}

	@GetMapping("/funds/requests/{requestId}")
	String page(@PathVariable UUID requestId, Model model) {
		model.addAttribute("claimForm", new ClaimForm());
		return show(requestId, model);
	}

	@PostMapping("/funds/requests/{requestId}/approve")
	String approve(@PathVariable UUID requestId, @RequestParam(required = false) BigDecimal approvedAmount,
			RedirectAttributes redirect, Locale locale) {
		return decided(requestId, redirect, locale, () -> requests.approve(requestId, approvedAmount));
	}

	@PostMapping("/funds/requests/{requestId}/return")
	String returnForChanges(@PathVariable UUID requestId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return decided(requestId, redirect, locale, () -> requests.returnForChanges(requestId, reason));
	}

	@PostMapping("/funds/requests/{requestId}/reject")
	String reject(@PathVariable UUID requestId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return decided(requestId, redirect, locale, () -> requests.reject(requestId, reason));
	}

	@PostMapping("/funds/requests/{requestId}/claims")
	String claim(@PathVariable UUID requestId, @Valid @ModelAttribute("claimForm") ClaimForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				claims.submit(requestId, new ClaimDraft(form.getAmount(), form.getInvoiceNumber(), form.getLeadsGenerated(),
						form.getCampaignCode(), List.of()), Uploads.of(files));
				redirect.addFlashAttribute("notice", "funds.claim.submitted");
				return "redirect:/funds/requests/" + requestId;
			}
			catch (InvalidInput refused) {
				FormErrors.apply(refused, errors);
			}
			catch (Conflict | IllegalTransition refused) {
				model.addAttribute("decisionError", refused.getMessage());
			}
		}
		return show(requestId, model);
	}

	@PostMapping("/funds/claims/{claimId}/resubmit")
	String resubmit(@PathVariable UUID claimId, @ModelAttribute("resubmitForm") ClaimForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		UUID requestId = claims.claim(claimId).requestId();
		if (!errors.hasErrors()) {
			try {
				claims.resubmit(claimId, new ClaimDraft(form.getAmount(), form.getInvoiceNumber(), form.getLeadsGenerated(),
						form.getCampaignCode(), null), Uploads.of(files));
				redirect.addFlashAttribute("notice", "funds.claim.submitted");
				return "redirect:/funds/requests/" + requestId;
			}
			catch (InvalidInput refused) {
				FormErrors.apply(refused, errors);
			}
			catch (Conflict | IllegalTransition refused) {
				model.addAttribute("decisionError", refused.getMessage());
			}
		}
		model.addAttribute("resubmitClaimId", claimId);
		model.addAttribute("claimForm", new ClaimForm());
		return show(requestId, model);
	}

	@PostMapping("/funds/claims/{claimId}/{decision}")
	String decideClaim(@PathVariable UUID claimId, @PathVariable String decision,
			@RequestParam(required = false) BigDecimal approvedAmount, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String reference, RedirectAttributes redirect, Locale locale) {
		UUID requestId = claims.claim(claimId).requestId();
		return decided(requestId, redirect, locale, () -> {
			switch (decision) {
				case "approve" -> claims.approve(claimId, approvedAmount);
				case "return" -> claims.returnForCorrection(claimId, reason);
				case "deny" -> claims.deny(claimId, reason);
				case "pay" -> claims.pay(claimId, reference);
				default -> throw org.openprm.shared.RecordNotFound.of("Claim", claimId);
			}
			return null;
		});
	}

	@GetMapping("/funds/claims/{claimId}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable UUID claimId, @PathVariable UUID fileId) {
		return ProofFileResponses.of(claims.download(claimId, fileId));
	}

	private String decided(UUID requestId, RedirectAttributes redirect, Locale locale, java.util.function.Supplier<?> step) {
		try {
			step.get();
			redirect.addFlashAttribute("notice", "funds.saved");
		}
		catch (InvalidInput refused) {
			InvalidInput.FieldProblem problem = refused.problems().get(0);
			redirect.addFlashAttribute("decisionError", problem.code() == null ? problem.message()
					: messages.getMessage("problem." + problem.code(), null, problem.message(), locale));
		}
		catch (Conflict | IllegalTransition refused) {
			redirect.addFlashAttribute("decisionError", refused.getMessage());
		}
		return "redirect:/funds/requests/" + requestId;
	}

	private String show(UUID requestId, Model model) {
		model.addAttribute("request", requests.request(requestId));
		List<ClaimView> list = claims.claimsOf(requestId);
		model.addAttribute("claims", list);
		model.addAttribute("requestFiles", files.files(requestId));
		return "funds/request";
	}
}
