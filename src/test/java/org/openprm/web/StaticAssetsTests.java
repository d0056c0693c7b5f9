package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

/**
 * The style sheets and scripts every page links to are served, to visitors who have not signed in
 * too (the login page needs them), from the addresses the pages render.
 */
class StaticAssetsTests extends ApiTestSupport {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

	@Test
	void everyAssetTheLoginPageLinksToIsServedWithoutSignIn() {
		String loginPage = get("/login", null).body();
		Matcher links = ASSET.matcher(loginPage);
		int found = 0;
		while (links.find()) {
			Response asset = get(links.group(1), null);
			assertThat(asset.status()).as(links.group(1)).isEqualTo(200);
			assertThat(asset.body()).as(links.group(1)).isNotBlank();
			found++;
		}
		assertThat(found).as("style sheets and scripts on the login page").isGreaterThanOrEqualTo(4);
		assertThat(loginPage).contains("/assets/css/app.css", "/assets/js/app.js");
	}

	@Test
	void pageAddressesAreNotMistakenForFiles() {
		assertThat(get("/assets/templates/layout.html", null).status()).isEqualTo(404);
		assertThat(get("/css/app.css", null).status()).as("static files answer under /assets only").isNotEqualTo(200);
	}
}
