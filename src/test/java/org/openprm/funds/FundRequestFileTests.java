package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A partner attaches its activity plan to a fund request: the file is kept with its detected type and
 * offered for download to whoever may see the request; a disguised file is refused and nothing is kept.
 */
class FundRequestFileTests extends FundTestSupport {

	@Test
	void aPartnerAttachesItsPlanToARequestAndOnlyWhoMaySeeTheRequestGetsIt() {
		String partnerId = newPartner(unique("Planner"));
		String token = newToken(newPerson(partnerId, "PARTNER_ADMIN"));
		String requestId = requestOf(token, fundFor(partnerId, "5000"), "1000");
		String files = "/api/v1/fund-requests/" + requestId + "/files";

		Response attached = multipart(files, token, Map.of(), List.of(new Part("plan.pdf", "application/pdf", PDF)));

		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		String fileId = attached.json().get(0).get("id").asString();
		assertThat(get(files, tokenFor(CAM)).json().get(0).get("fileName").asString()).isEqualTo("plan.pdf");
		Response download = get(files + "/" + fileId, token);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).startsWith("application/pdf");
		assertThat(download.body()).startsWith("%PDF");
		assertThat(get(files, tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(get(files + "/" + fileId, tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(multipart(files, tokenFor(BOB), Map.of(), List.of(new Part("x.pdf", "application/pdf", PDF))).status())
			.isEqualTo(404);
	}

	@Test
	void onTheRequestPageAFileIsAttachedAndADisguisedOneIsRefusedNextToTheFileField() {
		String partnerId = newPartner(unique("Page Planner"));
		Person admin = newPerson(partnerId, "PARTNER_ADMIN");
		String requestId = requestOf(newToken(admin), fundFor(partnerId, "5000"), "1000");
		org.openprm.web.BrowserSession session = org.openprm.web.BrowserSession.signIn(baseUrl(), admin.email(), admin.password());
		String page = "/funds/requests/" + requestId;

		org.openprm.web.BrowserSession.Page attached = session.submitFile(page, page + "/files", Map.of(), "files", "agenda.pdf",
				"application/pdf", PDF);
		org.openprm.web.BrowserSession.Page disguised = session.submitFile(page, page + "/files", Map.of(), "files", "photo.pdf",
				"application/pdf", PNG);

		assertThat(attached.status()).isEqualTo(302);
		assertThat(disguised.status()).isEqualTo(302);
		String shown = session.get(page).body();
		assertThat(shown).contains("agenda.pdf").doesNotContain("photo.pdf");
		assertThat(get("/api/v1/fund-requests/" + requestId + "/files", tokenFor(ADMIN)).json()).hasSize(1);
	}

	@Test
	void aDisguisedFileIsRefusedAtTheFilesAndNothingIsKept() {
		String partnerId = newPartner(unique("Disguiser"));
		String token = newToken(newPerson(partnerId, "PARTNER_ADMIN"));
		String requestId = requestOf(token, fundFor(partnerId, "5000"), "1000");
		String files = "/api/v1/fund-requests/" + requestId + "/files";

		Response refused = multipart(files, token, Map.of(), List.of(new Part("plan.pdf", "application/pdf", PNG)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("files");
		assertThat(get(files, token).json()).isEmpty();
	}
}
