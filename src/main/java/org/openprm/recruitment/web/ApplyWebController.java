package org.openprm.recruitment.web;

import java.util.Locale;

import org.openprm.partners.PartnerType;
import org.openprm.programs.ProgramManagement;
import org.openprm.recruitment.ApplicationIntake;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.openprm.shared.web.ratelimit.RateLimitedEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public pages of recruitment, without login: "Become a partner" and the answer link.
 */
@Controller
class ApplyWebController {

	private static final String FORM = "recruitment/apply";

	private final ApplicationIntake intake;

	private final ProgramManagement programs;

	ApplyWebController(ApplicationIntake intake, ProgramManagement programs) {
		this.intake = intake;
		this.programs = programs;
	}

	@GetMapping("/apply")
	String form(Model model, Locale locale) {
		model.addAttribute("form", new ApplicationForm());
		return show(model, locale);
	}

	@PostMapping("/apply")
	String apply(@ModelAttribute("form") ApplicationForm form, BindingResult errors, Model model, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				intake.submit(form.toDraft(locale), form.getNickname());
				return "redirect:/apply/thanks";
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return show(model, locale);
	}

	@GetMapping("/apply/thanks")
	String thanks(Model model) {
		model.addAttribute("thanks", "apply.thanks.text");
		return "recruitment/thanks";
	}

	/** Where the rate limit forwards a refused application: the form again, saying how long to wait. */
	@RequestMapping("/apply/rate-limited")
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String rateLimited(@RequestAttribute(name = RateLimitedEndpoint.RETRY_AFTER_SECONDS, required = false) Long retryAfter,
			Model model, Locale locale) {
		model.addAttribute("form", new ApplicationForm());
		model.addAttribute("retryAfterSeconds", retryAfter == null ? 60 : retryAfter);
		return show(model, locale);
	}

	@GetMapping("/apply/answer/{secret}")
	String question(@PathVariable String secret, Model model) {
		model.addAttribute("secret", secret);
		return intake.pendingQuestion(secret).map(pending -> {
			model.addAttribute("pending", pending);
			return "recruitment/answer";
		}).orElse("recruitment/answer-invalid");
	}

	@PostMapping("/apply/answer/{secret}")
	String answer(@PathVariable String secret, @RequestParam(required = false) String answer, Model model) {
		model.addAttribute("secret", secret);
		var pending = intake.pendingQuestion(secret).orElse(null);
		if (pending == null) {
			return "recruitment/answer-invalid";
		}
		try {
			intake.answer(secret, answer);
			model.addAttribute("thanks", "apply.answer.thanks");
			return "recruitment/thanks";
		}
		catch (InvalidInput ex) {
			model.addAttribute("pending", pending);
			model.addAttribute("answer", answer);
			model.addAttribute("answerError", "problem." + ex.problems().get(0).code());
			return "recruitment/answer";
		}
	}

	private String show(Model model, Locale locale) {
		model.addAttribute("consentText", intake.consentText(locale));
		model.addAttribute("partnerTypes", PartnerType.values());
		model.addAttribute("programmes", programs.programs());
		return FORM;
	}
}
