package org.openprm.programs.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.programs.FigureImportReport;
import org.openprm.programs.PartnerFigures;
import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.ProgramView;
import org.openprm.programs.TierCompliance;
import org.openprm.programs.TierRequirements;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
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
 * Vendor staff run tier compliance in the portal: a programme's compliance settings, evaluating every
 * partner now, and uploading partners' figures as CSV with a report of each refused row.
 */
@Controller
class ComplianceWebController {

	private final ProgramCatalogue catalogue;

	private final TierRequirements requirements;

	private final TierCompliance compliance;

	private final PartnerFigures figures;

	private final ProgramPageModel pages;

	ComplianceWebController(ProgramCatalogue catalogue, TierRequirements requirements, TierCompliance compliance,
			PartnerFigures figures, ProgramPageModel pages) {
		this.catalogue = catalogue;
		this.requirements = requirements;
		this.compliance = compliance;
		this.figures = figures;
		this.pages = pages;
	}

	@PostMapping("/programs/{programId}/compliance")
	String configure(@PathVariable UUID programId, @Valid @ModelAttribute("settingsForm") ComplianceSettingsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProgramView program = catalogue.program(programId);
		if (!errors.hasErrors()) {
			try {
				requirements.configure(programId, form.toSettings());
				redirect.addFlashAttribute("notice", "compliance.saved");
				return "redirect:/programs/" + programId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		model.addAttribute("form", ProgramForm.of(program, catalogue.version(programId)));
		return pages.program(program, model);
	}

	@PostMapping("/programs/{programId}/evaluations")
	String evaluateAll(@PathVariable UUID programId, RedirectAttributes redirect) {
		catalogue.program(programId);
		redirect.addFlashAttribute("evaluation", compliance.evaluateAll());
		return "redirect:/programs/" + programId;
	}

	@GetMapping("/programs/figures")
	String figuresPage() {
		catalogue.allPrograms();
		return "programs/figures";
	}

	@PostMapping("/programs/figures")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		catalogue.allPrograms();
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "figures.fileRequired");
			return "programs/figures";
		}
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			FigureImportReport report = figures.importCsv(csv);
			redirect.addFlashAttribute("report", report);
			return "redirect:/programs/figures";
		}
		catch (InvalidInput ex) {
			model.addAttribute("fileError", "figures.unreadable");
			return "programs/figures";
		}
		catch (IOException ex) {
			model.addAttribute("fileError", "figures.unreadable");
			return "programs/figures";
		}
	}
}
