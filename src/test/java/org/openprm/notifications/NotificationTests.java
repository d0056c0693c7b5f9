package org.openprm.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.TestMailServer;
import org.openprm.web.BrowserSession;

import tools.jackson.databind.JsonNode;

/**
 * Every deal mail also shows in-app: for its recipient only, readable and markable as read by them alone.
 */
class NotificationTests extends ApiTestSupport {

	private static final String NOTIFICATIONS = "/api/v1/notifications";

	@Test
	void aVendorCommentReachesThePartnerInAppAndByMailAndIsMarkedRead() {
		String question = "Who signs the order? " + unique("q");
		String deal = commentedByTheVendor(question);

		String mail = TestMailServer.awaitAnyMailTo(ALICE, body -> body.contains("/deals/" + deal));
		JsonNode notification = awaitNotification(tokenFor(ALICE), deal);
		long unread = get(NOTIFICATIONS + "?unread=true", tokenFor(ALICE)).json().get("unreadCount").asLong();
		JsonNode read = post(NOTIFICATIONS + "/" + notification.get("id").asString() + "/read", tokenFor(ALICE), "").json();

		assertThat(mail).contains("/deals/" + deal);
		assertThat(notification.get("link").asString()).isEqualTo("/deals/" + deal);
		assertThat(notification.get("subject").asString()).contains("new comment");
		assertThat(notification.get("read").asBoolean()).isFalse();
		assertThat(read.get("read").asBoolean()).isTrue();
		assertThat(get(NOTIFICATIONS + "?unread=true", tokenFor(ALICE)).json().get("unreadCount").asLong()).isEqualTo(unread - 1);
		assertThat(get(NOTIFICATIONS + "?unread=true&size=200", tokenFor(ALICE)).body()).doesNotContain("/deals/" + deal);
	}

	@Test
	void markingAllReadLeavesNothingUnreadAndTheListStaysNewestFirst() {
		String question = "Budget approved? " + unique("q");
		String deal = commentedByTheVendor(question);
		awaitNotification(tokenFor(ALICE), deal);

		JsonNode marked = post(NOTIFICATIONS + "/read-all", tokenFor(ALICE), "").json();
		JsonNode all = get(NOTIFICATIONS + "?size=5", tokenFor(ALICE)).json();

		assertThat(marked.get("marked").asInt()).isPositive();
		assertThat(all.get("unreadCount").asLong()).isZero();
		assertThat(all.get("total").asLong()).isPositive();
		assertThat(all.get("items").get(0).get("link").asString()).isEqualTo("/deals/" + deal);
	}

	@Test
	void theBellInTheNavigationShowsTheUnreadCount() {
		post(NOTIFICATIONS + "/read-all", tokenFor(ALICE), "");
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);
		assertThat(alice.get("/").body()).doesNotContain(" unread\"");

		awaitNotification(tokenFor(ALICE), commentedByTheVendor("Signed yet? " + unique("q")));
		long unread = get(NOTIFICATIONS + "?unread=true", tokenFor(ALICE)).json().get("unreadCount").asLong();

		assertThat(unread).isPositive();
		assertThat(alice.get("/").body()).contains("aria-label=\"" + unread + " unread\"");
	}

	@Test
	void anotherUsersNotificationAnswersLikeOneThatDoesNotExist() {
		String question = "Private question " + unique("q");
		String deal = commentedByTheVendor(question);
		String id = awaitNotification(tokenFor(ALICE), deal).get("id").asString();

		Response attack = post(NOTIFICATIONS + "/" + id + "/read", tokenFor(BOB), "");
		Response missing = post(NOTIFICATIONS + "/" + UUID.randomUUID() + "/read", tokenFor(BOB), "");

		assertThat(attack.status()).isEqualTo(404);
		assertThat(attack.json().get("detail")).isEqualTo(missing.json().get("detail"));
		assertThat(get(NOTIFICATIONS + "?size=200", tokenFor(BOB)).body()).doesNotContain(deal);
		assertThat(awaitNotification(tokenFor(ALICE), deal).get("read").asBoolean()).isFalse();
	}

	@Test
	void theBellCountsUnreadNotificationsAndThePageOpensOne() {
		String question = "Bell question " + unique("q");
		String deal = commentedByTheVendor(question);
		String id = awaitNotification(tokenFor(ALICE), deal).get("id").asString();
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);

		String home = alice.get("/").body();
		String page = alice.get("/notifications").body();
		BrowserSession.Page opened = alice.submit("/notifications", "/notifications/" + id + "/read", Map.of("open", "true"));

		assertThat(home).contains("id=\"notification-bell\"").containsPattern("badge[^>]*>\\d+<");
		assertThat(page).contains(id);
		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith("/deals/" + deal);
		assertThat(awaitNotification(tokenFor(ALICE), deal).get("read").asBoolean()).isTrue();
	}

	/** Alice (Northwind) registers a deal; the channel manager comments on it. Answers the deal's id. */
	private String commentedByTheVendor(String comment) {
		Response registered = post("/api/v1/deal-registrations", tokenFor(ALICE), Map.of("customer",
				Map.of("name", "Notified Customer " + UUID.randomUUID(), "country", "NL", "city", "Utrecht"), "amount", 5000,
				"currency", "EUR", "expectedCloseDate", LocalDate.now().plusMonths(1).toString()));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String id = registered.json().get("id").asString();
		assertThat(post("/api/v1/deal-registrations/" + id + "/comments", tokenFor(CAM), Map.of("body", comment)).status())
			.isEqualTo(201);
		return id;
	}

	/** Notifications are delivered after the change committed; waits for the one that leads to the deal. */
	private JsonNode awaitNotification(String token, String deal) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (JsonNode item : get(NOTIFICATIONS + "?size=200", token).json().get("items")) {
				if (item.get("link").asString().equals("/deals/" + deal)) {
					found[0] = item;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}
}
