package org.openprm.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginWebController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}
}
