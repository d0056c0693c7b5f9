package org.openprm.identity.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.IssuedToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's settings: language and personal access tokens.
 */
@Controller
class SettingsWebController {

	static final List<String> LANGUAGES = List.of("en", "de");

	private final IdentityManagement identity;

	private final CurrentActor actors;

	SettingsWebController(IdentityManagement identity, CurrentActor actors) {
		this.identity = identity;
		this.actors = actors;
	}

	static final class TokenForm {

		@NotBlank
		@Size(max = 100)
		private String name;

		@NotNull
		@Min(1)
		@Max(366)
		private Integer expiresInDays = 90;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getExpiresInDays() {
			return expiresInDays;
		}

		public void setExpiresInDays(Integer expiresInDays) {
			this.expiresInDays = expiresInDays;
		}
	}

	@GetMapping("/settings")
	String settings(Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		model.addAttribute("tokens", identity.myTokens());
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("currentLanguage", actors.get().locale().getLanguage());
		return "identity/settings";
	}

	@PostMapping("/settings/language")
	String language(@RequestParam String language, RedirectAttributes redirect) {
		if (LANGUAGES.contains(language)) {
			identity.changeMyLocale(Locale.forLanguageTag(language));
			redirect.addFlashAttribute("notice", "settings.language.saved");
		}
		return "redirect:/settings";
	}

	@PostMapping("/settings/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return settings(model);
		}
		IssuedToken issued = identity.issueToken(actors.get().userId(), form.getName(),
				Duration.ofDays(form.getExpiresInDays()));
		redirect.addFlashAttribute("newToken", issued.token());
		return "redirect:/settings";
	}

	@PostMapping("/settings/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable UUID tokenId, RedirectAttributes redirect) {
		identity.revokeMyToken(tokenId);
		redirect.addFlashAttribute("notice", "settings.token.revoked");
		return "redirect:/settings";
	}
}
