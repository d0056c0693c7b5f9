package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openprm.ApiTestSupport;
import org.openprm.TestMailServer;

/**
 * Applications sent through the public API, as an applicant without a login would.
 */
abstract class RecruitmentTestSupport extends ApiTestSupport {

	static final String APPLICATIONS = "/api/v1/applications";

	/** A valid application of a company nobody else uses, whose contact has its own mailbox. */
	static Map<String, Object> application(String company) {
		String slug = company.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("company", company);
		body.put("website", "https://www." + slug + ".example");
		body.put("country", "DE");
		body.put("regions", List.of("DACH"));
		body.put("partnerType", "RESELLER");
		body.put("capabilities", "Networking");
		body.put("products", "Switch 24 port");
		body.put("expectedYearlyVolume", 120000);
		body.put("currency", "EUR");
		body.put("contactName", "Pat Applicant");
		body.put("contactEmail", "pat@" + slug + ".example");
		body.put("contactPhone", "+49 30 555 0100");
		body.put("consent", true);
		body.put("language", "en");
		return body;
	}

	/** An approval in the first demo programme, at its lowest tier. */
	Map<String, Object> approval() {
		return Map.of("programmeId", get("/api/v1/programs", tokenFor(ADMIN)).json().get(0).get("id").asString());
	}

	static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	/** Submits without a login and answers the new application's id. */
	String submitted(Map<String, Object> body) {
		Response created = post(APPLICATIONS, null, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static String company(String label) {
		return label + " " + java.util.UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
	}

	static String linkIn(String mail, String prefix) {
		Matcher matcher = Pattern.compile("(" + Pattern.quote(prefix) + "[A-Za-z0-9_\\-]+)").matcher(mail);
		assertThat(matcher.find()).as("a link in the mail: " + mail).isTrue();
		return matcher.group(1);
	}

	static String mailTo(String address, String text) {
		return TestMailServer.awaitAnyMailTo(address, body -> body.contains(text));
	}
}
