package org.openprm.programs.web.agreements;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.openprm.programs.AgreementAcceptances;
import org.openprm.shared.Conflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acceptance history (vendor staff see all partners, a partner its own), its CSV export, and the
 * vendor's counter-signature.
 */
@Controller
class AgreementAcceptanceWebController {

	private final AgreementAcceptances acceptances;

	AgreementAcceptanceWebController(AgreementAcceptances acceptances) {
		this.acceptances = acceptances;
	}

	@GetMapping("/agreements/acceptances")
	String history(@RequestParam(required = false) UUID partnerId, Model model) {
		model.addAttribute("history", acceptances.history(partnerId));
		model.addAttribute("partnerId", partnerId);
		return "agreements/acceptances";
	}

	@GetMapping("/agreements/acceptances/export.csv")
	void export(@RequestParam(required = false) UUID partnerId, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"agreement-acceptances.csv\"");
		acceptances.exportCsv(partnerId, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	@PostMapping("/agreements/acceptances/{acceptanceId}/countersign")
	String countersign(@PathVariable UUID acceptanceId, RedirectAttributes redirect) {
		try {
			acceptances.countersign(acceptanceId);
			redirect.addFlashAttribute("notice", "agreement.countersigned");
		}
		catch (Conflict already) {
			redirect.addFlashAttribute("notice", "agreement.alreadyCountersigned");
		}
		return "redirect:/agreements/acceptances";
	}
}
