package org.openprm.identity.web;

import java.util.UUID;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Me")
class MeRestController {

	private final CurrentActor actors;

	MeRestController(CurrentActor actors) {
		this.actors = actors;
	}

	record MeResponse(UUID id, String email, String displayName, Role role, UUID partnerId, String locale) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "Who am I")
	MeResponse me() {
		Actor actor = actors.get();
		return new MeResponse(actor.userId(), actor.email(), actor.displayName(), actor.role(), actor.partnerId(),
				actor.locale().getLanguage());
	}
}
