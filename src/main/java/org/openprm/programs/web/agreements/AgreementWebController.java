package org.openprm.programs.web.agreements;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.programs.AgreementAcceptances;
import org.openprm.programs.AgreementManagement;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.openprm.shared.web.FormErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's agreements page: pending agreements with their accept form, accepted ones with their PDF.
 * Vendor staff are sent on to the templates.
 */
@Controller
class AgreementWebController {

	private final AgreementManagement agreements;

	private final AgreementAcceptances acceptances;

	private final CurrentActor actors;

	AgreementWebController(AgreementManagement agreements, AgreementAcceptances acceptances, CurrentActor actors) {
		this.agreements = agreements;
		this.acceptances = acceptances;
		this.actors = actors;
	}

	@GetMapping("/agreements")
	String agreements(Model model) {
		Actor actor = actors.get();
		if (actor.isVendor()) {
			return "redirect:/agreements/templates";
		}
		return page(null, new AcceptForm(), model);
	}

	@PostMapping("/agreements/{templateVersionId}/accept")
	String accept(@PathVariable UUID templateVersionId, @Valid @ModelAttribute("form") AcceptForm form,
			BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Actor actor = actors.get();
		if (actor.isVendor() || actor.partnerId() == null) {
			return "redirect:/agreements/templates";
		}
		if (agreements.agreements(actor.partnerId()).stream().noneMatch(a -> a.version().id().equals(templateVersionId))) {
			// Not an agreement of the caller's organisation: answer like a version that does not exist.
			throw RecordNotFound.of("AgreementVersion", templateVersionId);
		}
		if (errors.hasErrors()) {
			return page(templateVersionId, form, model);
		}
		try {
			agreements.accept(actor.partnerId(), templateVersionId, form.getFullName(), request.getRemoteAddr());
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return page(templateVersionId, form, model);
		}
		redirect.addFlashAttribute("notice", "agreement.accepted");
		return "redirect:/agreements";
	}

	@GetMapping("/agreements/acceptances/{acceptanceId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID acceptanceId) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"agreement-" + acceptanceId + ".pdf\"")
			.body(agreements.pdf(acceptanceId));
	}

	private String page(UUID failedVersionId, AcceptForm form, Model model) {
		Actor actor = actors.get();
		model.addAttribute("agreements", agreements.agreements(actor.partnerId()));
		model.addAttribute("history", acceptances.history(actor.partnerId()));
		model.addAttribute("form", form);
		model.addAttribute("failedVersionId", failedVersionId);
		model.addAttribute("mayAccept", actor.isPartnerAdmin());
		return "agreements/partner";
	}
}
