package org.openprm.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current list URL with its filters but without {@code page}, ready for "...&page=N".
 */
public final class PageLinks {

	private PageLinks() {
	}

	public static String base(HttpServletRequest request) {
		String query = request.getQueryString();
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI()).query(query)
			.replaceQueryParam("page");
		String built = url.build().toUriString();
		return built + (built.contains("?") ? "&" : "?");
	}
}
