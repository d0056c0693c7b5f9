package org.openprm.leads.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.openprm.identity.Visibility;
import org.openprm.leads.LeadImport;
import org.openprm.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Vendor staff's CSV import page: a file, an optional column mapping, and the per-row report of what was
 * received, routed and refused. The same import as {@code POST /api/v1/leads/import}.
 */
@Controller
class LeadImportWebController {

	private final LeadImport imports;

	private final Visibility visibility;

	LeadImportWebController(LeadImport imports, Visibility visibility) {
		this.imports = imports;
		this.visibility = visibility;
	}

	@GetMapping("/leads/import")
	String form(Model model) {
		visibility.requireVendor("LeadImport", "import");
		model.addAttribute("fields", LeadImport.FIELDS);
		return "leads/import";
	}

	@PostMapping("/leads/import")
	String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mapping,
			Model model) throws IOException {
		visibility.requireVendor("LeadImport", "import");
		model.addAttribute("fields", LeadImport.FIELDS);
		model.addAttribute("mapping", mapping);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "lead.import.fileRequired");
			return "leads/import";
		}
		try {
			model.addAttribute("report", imports.importCsv(
					new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), LeadImport.mapping(mapping)));
		}
		catch (InvalidInput ex) {
			InvalidInput.FieldProblem problem = ex.problems().get(0);
			model.addAttribute("mapping".equals(problem.field()) ? "mappingError" : "fileProblem", problem.message());
		}
		return "leads/import";
	}
}
