package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * Tier compliance in the portal: vendor staff set what Gold requires, upload a partner's figures and
 * evaluate it; the partner admin then sees why it is in its tier and what it still needs. And the
 * what-if, which shows live where a partner would stand with other figures without saving them.
 */
class TierStatusBrowserTests extends BrowserSupport {

	@Test
	void theVendorSetsGoldsRequirementsAndUploadsFiguresAndThePartnerSeesWhatItStillNeeds() {
		Programme programme = programme();
		String partner = newPartner(unique("Tiered Partner"));
		enrol(partner, programme);
		Person admin = newPerson(partner, "PARTNER_ADMIN");

		signIn(page, ADMIN);
		page.navigate(url("/programs/" + programme.id() + "/tiers/" + programme.goldId()));
		addRequirement(0, "WON_DEALS", "5");
		addRequirement(1, "CERTIFIED_PEOPLE", "2");
		assertThat(page.locator("[id='requirements1.qualifier']")).isVisible();
		page.locator("[id='requirements1.qualifier']").selectOption("SALES");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save requirements and benefits")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The requirements and benefits were saved.");
		org.assertj.core.api.Assertions.assertThat(page.locator(".requirement input[id$='.minimum']").all().stream()
			.map(Locator::inputValue)).containsExactlyInAnyOrder("5", "2");

		page.navigate(url("/programs/figures"));
		page.locator("#file").setInputFiles(new FilePayload("figures.csv", "text/csv", ("partner,metric,qualifier,value\n"
				+ partner + ",WON_DEALS,,6\n" + partner + ",CERTIFIED_PEOPLE,SALES,1\n" + partner + ",NO_SUCH_METRIC,,1\n")
			.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
		assertThat(page.locator("#figures-report [role=status]")).hasText("2 rows imported, 1 refused.");
		assertThat(page.locator("#figures-report tbody tr")).hasCount(1);
		assertThat(page.locator("#figures-report tbody")).containsText("metric");

		page.navigate(url("/partners/" + partner + "/tiers"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluate now")).click();
		assertThat(page.locator("#evaluation-summary")).containsText("1 memberships evaluated");

		Page partnerPage = newPage(new Browser.NewContextOptions());
		signIn(partnerPage, admin.email(), admin.password());
		partnerPage.navigate(url("/my/tiers"));
		Locator card = partnerPage.locator(".tier-status[data-program='" + programme.name() + "']");
		assertThat(card.locator(".current-tier")).hasText("Basic");
		assertThat(card).containsText("Why you are in Basic");
		assertThat(card.locator("table.checks")).containsText("Won deals");
		assertThat(card.locator("table.checks")).containsText("6");
		assertThat(card.locator(".next-tier")).hasText("1 more certified Sales people for Gold");
	}

	@Test
	void theWhatIfShowsLiveWhereAPartnerWouldStandWithoutSavingAnything() {
		Programme programme = programme();
		put("/api/v1/programs/" + programme.id() + "/tiers/" + programme.goldId() + "/terms", tokenFor(ADMIN),
				Map.of("requirements", List.of(Map.of("metric", "WON_DEALS", "minimum", 5))));
		String partner = newPartner(unique("What If Partner"));
		enrol(partner, programme);
		send("POST", "/api/v1/programs/figures/import", tokenFor(ADMIN), "partner,metric,value\n" + partner + ",WON_DEALS,2\n",
				Map.of("Content-Type", "text/csv"));

		signIn(page, CAM);
		page.navigate(url("/programs/what-if"));
		page.locator("#partnerId").selectOption(partner);
		Locator wonDeals = page.getByLabel("Won deals");
		assertThat(wonDeals).hasValue("2");
		Locator result = page.locator(".what-if-status[data-program='" + programme.name() + "']");
		assertThat(result.locator(".next-tier")).hasText("3 more won deals for Gold");

		wonDeals.fill("7");
		assertThat(result.locator(".status")).hasText("Qualifies for upgrade");
		assertThat(result.locator(".next-tier")).hasText("You meet all requirements of Gold.");
		wonDeals.fill("lots");
		assertThat(page.locator("#what-if-result [role=alert]")).isVisible();

		page.navigate(url("/programs/what-if?partnerId=" + partner));
		assertThat(page.getByLabel("Won deals")).hasValue("2");
		assertThat(page.locator(".what-if-status[data-program='" + programme.name() + "'] .status")).hasText("Compliant");
	}

	private record Programme(String id, String name, String basicId, String goldId) {
	}

	private Programme programme() {
		String name = unique("Tiers");
		Response created = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("tiers").toLowerCase()
			.replace(' ', '-'), "name", name));
		String id = created.json().get("id").asString();
		String basic = post("/api/v1/programs/" + id + "/tiers", tokenFor(ADMIN), Map.of("key", "basic", "name", "Basic",
				"rank", 1)).json().get("id").asString();
		String gold = post("/api/v1/programs/" + id + "/tiers", tokenFor(ADMIN), Map.of("key", "gold", "name", "Gold",
				"rank", 2)).json().get("id").asString();
		put("/api/v1/programs/" + id + "/tiers/" + basic + "/terms", tokenFor(ADMIN),
				Map.of("requirements", List.of(Map.of("metric", "WON_DEALS", "minimum", 1))));
		return new Programme(id, name, basic, gold);
	}

	private void enrol(String partner, Programme programme) {
		Response enrolled = post("/api/v1/partners/" + partner + "/memberships", tokenFor(ADMIN),
				Map.of("programId", programme.id(), "tierId", programme.basicId()));
		org.assertj.core.api.Assertions.assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
	}

	private void addRequirement(int row, String metric, String minimum) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add requirement")).click();
		Locator select = page.locator("[id='requirements" + row + ".metric']");
		assertThat(select).isVisible();
		// The new row arrives by htmx: only once htmx has settled does it listen for the metric's change.
		page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
		page.waitForResponse(response -> response.request().method().equals("POST"), () -> select.selectOption(metric));
		// The row is drawn again for the chosen metric (no currency but for revenue); fill the new row.
		assertThat(page.locator("[id='requirements" + row + ".currency']")).hasCount(0);
		page.locator("[id='requirements" + row + ".minimum']").fill(minimum);
	}
}
