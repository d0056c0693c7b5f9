package org.openprm.identity.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The signed-in user's chosen language; before sign-in, the browser's preference among the
 * languages OpenPRM ships (English, German).
 */
@Component("localeResolver")
class ActorLocaleResolver implements LocaleResolver {

	private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

	private final CurrentActor actors;

	ActorLocaleResolver(CurrentActor actors) {
		this.actors = actors;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String requested = request.getParameter("lang");
		if (requested != null && SUPPORTED.contains(Locale.forLanguageTag(requested))) {
			return Locale.forLanguageTag(requested);
		}
		return actors.find()
			.filter(actor -> actor != Actor.SYSTEM)
			.map(Actor::locale)
			.orElseGet(() -> fromBrowser(request));
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.ENGLISH;
		}
		Locale match = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
		return match == null ? Locale.ENGLISH : match;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// Deliberately empty: the language is a user setting (IdentityManagement#changeMyLocale), not a cookie.
	}
}
