package org.openprm.identity.web;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in actor, for the navigation by role.
 */
@ControllerAdvice(annotations = Controller.class)
class ActorModelAdvice {

	private final CurrentActor actors;

	private final String vendorName;

	ActorModelAdvice(CurrentActor actors, @Value("${prm.vendor-name}") String vendorName) {
		this.actors = actors;
		this.vendorName = vendorName;
	}

	@ModelAttribute("vendorName")
	String vendorName() {
		return vendorName;
	}

	@ModelAttribute("actor")
	Actor actor() {
		return actors.find().orElse(null);
	}
}
