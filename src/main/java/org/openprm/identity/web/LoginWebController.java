package org.openprm.identity.web;

import org.openprm.shared.web.ratelimit.RateLimitedEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

@Controller
class LoginWebController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	/** Where the rate limit forwards a refused sign-in: the login page again, saying how long to wait. */
	@RequestMapping("/login/rate-limited")
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String rateLimited(@RequestAttribute(name = RateLimitedEndpoint.RETRY_AFTER_SECONDS, required = false) Long retryAfter,
			Model model) {
		model.addAttribute("retryAfterSeconds", retryAfter == null ? 60 : retryAfter);
		return "identity/login";
	}
}
