package org.openprm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.web.BrowserSession;

/**
 * The vendor's home page counts the directory as it is: per status and per type, the same numbers the
 * directory's filters find, and a partner added a moment ago is counted and listed first among the newest.
 */
class VendorHomeTests extends ApiTestSupport {

	private static final Pattern STATUS_FIGURE = Pattern
		.compile("href=\"/partners\\?status=(\\w+)\">\\s*<div class=\"stat\">(\\d+)</div>");

	private static final Pattern TYPE_FIGURE = Pattern
		.compile("href=\"/partners\\?type=(\\w+)\">[^<]*</a></td>\\s*<td class=\"text-end\">(\\d+)</td>");

	@Test
	void theFiguresAreTheDirectorysCountsAndANewPartnerIsCountedAndListedFirst() {
		BrowserSession admin = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		Map<String, Long> before = figures(admin.get("/").body());

		String name = unique("Homecount");
		newPartner(name);
		String home = admin.get("/").body();
		Map<String, Long> after = figures(home);

		assertThat(after).containsEntry("status:ACTIVE", directoryTotal("status=ACTIVE"))
			.containsEntry("type:DISTRIBUTOR", directoryTotal("type=DISTRIBUTOR"))
			.containsEntry("type:RESELLER", before.get("type:RESELLER") + 1)
			.containsEntry("status:PROSPECT", before.get("status:PROSPECT") + 1)
			.containsEntry("status:TERMINATED", directoryTotal("status=TERMINATED"));
		assertThat(home.indexOf(name)).isPositive().isLessThan(home.indexOf("</ul>", home.indexOf("list-unstyled")));
	}

	private long directoryTotal(String filter) {
		return get("/api/v1/partners?size=1&" + filter, tokenFor(ADMIN)).json().get("total").asLong();
	}

	private static Map<String, Long> figures(String home) {
		Map<String, Long> figures = new HashMap<>();
		collect(STATUS_FIGURE.matcher(home), "status:", figures);
		collect(TYPE_FIGURE.matcher(home), "type:", figures);
		assertThat(figures).hasSize(PartnerStatus.values().length + PartnerType.values().length);
		return figures;
	}

	private static void collect(Matcher matcher, String prefix, Map<String, Long> figures) {
		while (matcher.find()) {
			figures.put(prefix + matcher.group(1), Long.parseLong(matcher.group(2)));
		}
	}
}
