package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.TestMailServer;

/**
 * A lost or expired invitation is sent again with a fresh link; the old link stops working.
 */
class InvitationResendTests extends ApiTestSupport {

	@Test
	void resendingAPartnerInvitationReplacesTheLink() {
		String northwind = partnerId("Northwind Systems");
		String email = unique("resend").toLowerCase() + "@northwind.example";
		Response invited = post("/api/v1/partners/" + northwind + "/users", tokenFor(ALICE),
				Map.of("email", email, "displayName", "Resend Me", "role", "PARTNER_USER"));
		String firstLink = TestMailServer.invitationPathFor(email);

		Response resent = post("/api/v1/partners/" + northwind + "/users/" + invited.json().get("id").asString()
				+ "/resend-invitation", tokenFor(ALICE), "");
		assertThat(resent.status()).isEqualTo(200);
		assertThat(resent.json().get("status").asString()).isEqualTo("INVITED");
		String secondLink = linkOtherThan(email, firstLink);

		BrowserSession visitor = BrowserSession.anonymous(baseUrl());
		assertThat(visitor.get(firstLink).body()).contains("This invitation link is not valid");
		assertThat(visitor.get(secondLink).body()).contains("Resend Me");
	}

	@Test
	void resendingAVendorInvitationWorksOnlyForInvitedColleagues() {
		String email = unique("staff-resend").toLowerCase() + "@acme.example";
		Response invited = post("/api/v1/staff", tokenFor(ADMIN),
				Map.of("email", email, "displayName", "New Colleague", "role", "CHANNEL_MANAGER"));
		assertThat(invited.status()).isEqualTo(201);
		TestMailServer.invitationPathFor(email);
		String id = invited.json().get("id").asString();
		assertThat(post("/api/v1/staff/" + id + "/resend-invitation", tokenFor(ADMIN), "").status()).isEqualTo(200);

		String cam = get("/api/v1/me", tokenFor(CAM)).json().get("id").asString();
		assertThat(post("/api/v1/staff/" + cam + "/resend-invitation", tokenFor(ADMIN), "").status()).isEqualTo(409);
		assertThat(post("/api/v1/staff/" + id + "/resend-invitation", tokenFor(CAM), "").status()).isEqualTo(403);
	}

	/** Waits for the newer invitation mail, whose link differs from the first. */
	private static String linkOtherThan(String email, String firstLink) {
		String body = TestMailServer.awaitMailTo(email, mail -> mail.contains("/invitations/") && !mail.contains(firstLink));
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/invitations/[A-Za-z0-9_\\-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isNotEqualTo(firstLink);
		return link.group(1);
	}
}
