package org.openprm.cluster.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.web.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening pages does not rewrite the stored session each time: its last access moves only once the touch
 * interval (one minute) has passed since the stored one, and then the session's expiry moves with it.
 */
class SessionTouchTests extends ApiTestSupport {

	private static final long TWO_MINUTES = 120_000;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void pagesWithinTheTouchIntervalLeaveTheStoredSessionAsItWas() {
		Person person = newPerson(partnerId("Northwind Systems"), "PARTNER_USER");
		BrowserSession browser = BrowserSession.signIn(baseUrl(), person.email(), person.password());
		Map<String, Object> signedIn = storedSession(person.email());

		for (String page : new String[] { "/", "/partners", "/" }) {
			assertThat(browser.get(page).status()).as(page).isEqualTo(200);
		}

		assertThat(storedSession(person.email())).isEqualTo(signedIn);
	}

	@Test
	void aPageAfterTheTouchIntervalMovesTheLastAccessAndTheExpiry() {
		Person person = newPerson(partnerId("Northwind Systems"), "PARTNER_USER");
		BrowserSession browser = BrowserSession.signIn(baseUrl(), person.email(), person.password());
		jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
				+ "WHERE principal_name = ?", TWO_MINUTES, TWO_MINUTES, person.email());
		Map<String, Object> twoMinutesAgo = storedSession(person.email());

		assertThat(browser.get("/").status()).isEqualTo(200);

		Map<String, Object> touched = storedSession(person.email());
		assertThat((long) touched.get("last_access_time"))
			.isGreaterThanOrEqualTo((long) twoMinutesAgo.get("last_access_time") + TWO_MINUTES);
		assertThat((long) touched.get("expiry_time"))
			.isGreaterThanOrEqualTo((long) twoMinutesAgo.get("expiry_time") + TWO_MINUTES);
	}

	private Map<String, Object> storedSession(String email) {
		return jdbc.queryForMap("SELECT session_id, last_access_time, expiry_time FROM spring_session "
				+ "WHERE principal_name = ?", email);
	}
}
