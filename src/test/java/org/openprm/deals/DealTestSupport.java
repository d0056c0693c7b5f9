package org.openprm.deals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openprm.ApiTestSupport;

/**
 * Helpers for deal registration API tests: a valid registration body for a fresh customer.
 */
abstract class DealTestSupport extends ApiTestSupport {

	static final String DEALS = "/api/v1/deal-registrations";

	/** A customer no other test uses: its own domain and name. */
	static Map<String, Object> customer(String name) {
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("name", name);
		customer.put("domain", name.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".com");
		customer.put("country", "DE");
		customer.put("city", "Berlin");
		// Address and phone differ per customer too, so that only what a test shares on purpose matches.
		int number = java.util.concurrent.ThreadLocalRandom.current().nextInt(10000, 99999);
		customer.put("postalCode", String.valueOf(number));
		customer.put("street", name.split(" ")[name.split(" ").length > 1 ? 1 : 0] + "straße " + (number % 200));
		customer.put("contactEmail", "buyer@" + name.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".com");
		return customer;
	}

	static Map<String, Object> registration(Map<String, Object> customer) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("customer", customer);
		body.put("lines", List.of(Map.of("productCode", "SW-24", "productName", "Switch 24 port", "quantity", 10,
				"unitPrice", 1200)));
		body.put("amount", 12000);
		body.put("currency", "EUR");
		body.put("expectedCloseDate", LocalDate.now().plusMonths(2).toString());
		return body;
	}

	/** A company name with a random word in it, so the matcher finds no earlier test's customer. */
	static String companyName(String label) {
		StringBuilder word = new StringBuilder();
		// Hex digits become letters: names of letters only, ten of them, never shared by two tests.
		for (char c : java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return label + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1) + " GmbH";
	}

	Response register(String token, Map<String, Object> body) {
		return post(DEALS, token, body);
	}

	String registered(String token, Map<String, Object> body) {
		Response created = register(token, body);
		if (created.status() != 201) {
			throw new IllegalStateException("Cannot register: " + created.body());
		}
		return created.json().get("id").asString();
	}
}
