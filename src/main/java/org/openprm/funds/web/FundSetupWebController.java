package org.openprm.funds.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openprm.funds.ExchangeRates;
import org.openprm.funds.ExchangeRates.FxRate;
import org.openprm.funds.FundRequests;
import org.openprm.identity.Visibility;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's funds set-up: exchange rates (list, add, CSV import) and the approved lists of activity
 * types and marketing themes. Vendor staff only; partners get 404 like for any vendor page.
 */
@Controller
class FundSetupWebController {

	private final ExchangeRates rates;

	private final FundRequests requests;

	private final Visibility visibility;

	FundSetupWebController(ExchangeRates rates, FundRequests requests, Visibility visibility) {
		this.rates = rates;
		this.requests = requests;
		this.visibility = visibility;
	}

	@GetMapping("/funds/rates")
	String rates(Model model) {
		model.addAttribute("rateForm", new RateForm());
		return showRates(model);
	}

	@PostMapping("/funds/rates")
	String addRate(@ModelAttribute("rateForm") RateForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				rates.put(new FxRate(form.getBase(), form.getQuote(), form.getEffectiveOn(), form.getRate()));
				redirect.addFlashAttribute("notice", "funds.saved");
				return "redirect:/funds/rates";
			}
			catch (InvalidInput refused) {
				FormErrors.apply(refused, errors);
			}
		}
		return showRates(model);
	}

	@PostMapping("/funds/rates/import")
	String importRates(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		try (Reader csv = new InputStreamReader(file == null ? java.io.InputStream.nullInputStream() : file.getInputStream(),
				StandardCharsets.UTF_8)) {
			List<FxRate> imported = rates.importCsv(csv);
			redirect.addFlashAttribute("importedRates", imported.size());
			return "redirect:/funds/rates";
		}
		catch (InvalidInput refused) {
			InvalidInput.FieldProblem problem = refused.problems().get(0);
			model.addAttribute("importError", problem.field() + ": " + problem.message());
			model.addAttribute("rateForm", new RateForm());
			return showRates(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/funds/choices")
	String choices(Model model) {
		model.addAttribute("choiceForm", new ChoiceForm());
		return showChoices(model);
	}

	@PostMapping("/funds/choices")
	String addChoice(@ModelAttribute("choiceForm") ChoiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			requests.addChoice(form.getKind(), form.getName() == null ? null : form.getName().strip());
			redirect.addFlashAttribute("notice", "funds.saved");
			return "redirect:/funds/choices";
		}
		catch (InvalidInput refused) {
			FormErrors.apply(refused, errors);
		}
		return showChoices(model);
	}

	private String showRates(Model model) {
		visibility.requireVendor("FxRate", "list");
		model.addAttribute("rates", rates.rates());
		return "funds/rates";
	}

	private String showChoices(Model model) {
		visibility.requireVendor("FundChoice", "list");
		model.addAttribute("activityTypes", requests.activityTypes());
		model.addAttribute("themes", requests.themes());
		return "funds/choices";
	}
}
