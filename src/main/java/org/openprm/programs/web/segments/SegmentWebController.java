package org.openprm.programs.web.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.programs.SegmentManagement;
import org.openprm.programs.SegmentView;
import org.openprm.shared.Conflict;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The segment pages for vendor staff: the list, the rule editor with a live preview of the members,
 * and each segment's current members.
 */
@Controller
@RequestMapping("/segments")
class SegmentWebController {

	private final SegmentManagement segments;

	private final SegmentChoices choices;

	SegmentWebController(SegmentManagement segments, SegmentChoices choices) {
		this.segments = segments;
		this.choices = choices;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("segments", segments.segments());
		return "programs/segments";
	}

	@GetMapping("/new")
	String newSegment(Model model) {
		segments.segments();
		return editor(SegmentForm.blank(), null, model);
	}

	@GetMapping("/{segmentId}")
	String segment(@PathVariable UUID segmentId, @RequestParam(defaultValue = "0") int page, Model model) {
		SegmentView segment = segments.segment(segmentId);
		model.addAttribute("members", segments.members(segmentId, Math.max(page, 0), 50));
		SegmentForm form = SegmentForm.of(segment.name(), segment.description(), segment.version(), segment.rule());
		model.addAttribute("editable", SegmentForm.editable(segment.rule()));
		return editor(form, segment, model);
	}

	@PostMapping({ "", "/{segmentId}" })
	String save(@PathVariable(required = false) UUID segmentId, @Valid @ModelAttribute("form") SegmentForm form,
			BindingResult errors, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		SegmentView existing = segmentId == null ? null : segments.segment(segmentId);
		if (!"save".equals(action)) {
			// Changing the shape of the rule is not a submission: nothing to complain about yet.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			return editor(SegmentEditing.apply(form, action), existing, model);
		}
		if (errors.hasErrors()) {
			return editor(form, existing, model);
		}
		try {
			SegmentView saved = existing == null ? segments.define(form.toDraft())
					: segments.redefine(segmentId, form.toDraft(), form.getVersion());
			redirect.addFlashAttribute("notice", "segment.saved");
			return "redirect:/segments/" + saved.id();
		}
		catch (InvalidInput ex) {
			FormErrors.apply(onForm(ex, form), errors);
			return editor(form, existing, model);
		}
		catch (Conflict ex) {
			errors.reject("segment.changedMeanwhile");
			return editor(form, existing, model);
		}
	}

	@PostMapping("/{segmentId}/delete")
	String remove(@PathVariable UUID segmentId, RedirectAttributes redirect) {
		segments.remove(segmentId);
		redirect.addFlashAttribute("notice", "segment.removed");
		return "redirect:/segments";
	}

	/** The live preview while a rule is edited: the count and the first members, or what is wrong. */
	@PostMapping("/preview")
	String preview(@ModelAttribute("form") SegmentForm form, BindingResult unreadable, Model model) {
		previewInto(form, model);
		return "programs/segment-preview :: preview";
	}

	private void previewInto(SegmentForm form, Model model) {
		try {
			model.addAttribute("preview", segments.preview(form.toRule()));
		}
		catch (InvalidInput incomplete) {
			model.addAttribute("incomplete", true);
		}
	}

	private String editor(SegmentForm form, SegmentView segment, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("segment", segment);
		model.addAttribute("editable", segment == null || SegmentForm.editable(segment.rule()));
		previewInto(form, model);
		choices.forEditor(model);
		return "programs/segment";
	}

	/** The facade names rule fields as the API does; the form holds them under other names. */
	private static InvalidInput onForm(InvalidInput ex, SegmentForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldProblem problem : ex.problems()) {
			problems.add(new FieldProblem(formField(problem.field(), form), problem.message(), problem.code()));
		}
		return new InvalidInput(problems);
	}

	private static String formField(String field, SegmentForm form) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("rule\\.groups\\[(\\d+)]\\.conditions\\[(\\d+)]\\.(\\w+)").matcher(field);
		if (!m.matches()) {
			return field;
		}
		int group = Integer.parseInt(m.group(1));
		int condition = Integer.parseInt(m.group(2));
		String part = m.group(3);
		if ("values".equals(part)) {
			part = form.getGroups().get(group).getConditions().get(condition).picked() ? "choices" : "text";
		}
		return "groups[" + group + "].conditions[" + condition + "]." + part;
	}
}
