package org.openprm.deals.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.openprm.deals.ConflictCheck;
import org.openprm.deals.DealCriteria;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.openprm.identity.CurrentActor;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.openprm.shared.web.PageLinks;
import org.openprm.shared.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deal pipeline pages: the list (a board by stage for vendor staff), the register form with its
 * live conflict check.
 */
@Controller
@RequestMapping("/deals")
class DealWebController {

	private final DealManagement deals;

	private final DealChoices choices;

	private final CurrentActor actors;

	DealWebController(DealManagement deals, DealChoices choices, CurrentActor actors) {
		this.deals = deals;
		this.choices = choices;
		this.actors = actors;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) DealStatus status,
			@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) DealStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = DealSort.DEFAULT) String sort, @RequestParam(defaultValue = "list") String view,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			Model model) {
		DealCriteria criteria = new DealCriteria(q, status, partnerId, stage, closeFrom, closeTo);
		String order = DealSort.valid(sort);
		boolean board = "board".equals(view) && actors.get().isVendor();
		model.addAttribute("criteria", criteria);
		model.addAttribute("sort", order);
		model.addAttribute("view", board ? "board" : "list");
		if (board) {
			model.addAttribute("board", DealBoard.of(deals, criteria, order));
		}
		else {
			model.addAttribute("result", deals.search(criteria, Paging.of(Math.max(page, 0),
					Math.min(Math.max(size, 1), Paging.MAX_SIZE), order, DealSort.FIELDS)));
		}
		model.addAttribute("pageBase", PageLinks.base(request));
		choices.forList(model);
		return htmx != null ? "deals/list :: results" : "deals/list";
	}

	@GetMapping("/new")
	String newDeal(Model model) {
		DealForm form = new DealForm();
		form.setFormToken(UUID.randomUUID().toString());
		form.setExpectedCloseDate(LocalDate.now().plusMonths(3));
		return form(form.withBlankLine(), model);
	}

	/** Saves as a draft or submits; "add line" and "remove line" re-show the form with the values entered. */
	@PostMapping
	String register(@Valid @ModelAttribute("form") DealForm form, BindingResult errors,
			@RequestParam(defaultValue = "submit") String action, @RequestParam(required = false) Integer removeLine,
			Model model, RedirectAttributes redirect) {
		if (removeLine != null || "addLine".equals(action)) {
			// Editing the lines is not a submission: nothing to complain about yet.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			if (removeLine != null) {
				return form(form.withoutLine(removeLine).withBlankLine(), model);
			}
			form.getLines().add(new DealForm.LineForm());
			return form(form, model);
		}
		if (errors.hasErrors()) {
			return form(form.withBlankLine(), model);
		}
		boolean submit = !"draft".equals(action);
		try {
			UUID id = deals.register(form.toDraft(submit), form.getFormToken()).id();
			redirect.addFlashAttribute("notice", submit ? "deal.submitted" : "deal.drafted");
			return "redirect:/deals/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return form(form.withBlankLine(), model);
		}
	}

	/** The live check while the customer is typed in: partners learn only that a conflict may exist. */
	@PostMapping("/conflict-check")
	String conflictCheck(@ModelAttribute("form") DealForm form, BindingResult unreadable, Model model) {
		// Half-typed numbers elsewhere in the form are no reason not to check the customer.
		if (!form.getCustomer().isTooVague()) {
			try {
				ConflictCheck check = deals.checkConflicts(form.getCustomer().toCustomer());
				model.addAttribute("check", check);
			}
			catch (InvalidInput incomplete) {
				// Not enough entered yet to compare (no country): say nothing until there is.
			}
		}
		return "deals/conflicts :: check";
	}

	private String form(DealForm form, Model model) {
		model.addAttribute("form", form);
		choices.forForm(model);
		return "deals/form";
	}
}
