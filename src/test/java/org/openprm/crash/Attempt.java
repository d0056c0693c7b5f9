package org.openprm.crash;

import java.util.List;
import java.util.Map;

/**
 * One write a client tried: a partner with two addresses and a custom attribute, under its own
 * Idempotency-Key. Acknowledged means the node answered 201.
 */
final class Attempt {

	final String key;

	final String name;

	final Map<String, Object> body;

	private volatile String acknowledgedId;

	private volatile String outcome = "not sent";

	Attempt(String key, String name) {
		this.key = key;
		this.name = name;
		String domain = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example";
		this.body = Map.of("name", name, "legalName", name + " GmbH", "type", "RESELLER", "country", "DE",
				"domains", List.of(domain), "tags", List.of("crash"),
				"addresses", List.of(Map.of("label", "HQ", "city", "Berlin", "country", "DE"),
						Map.of("label", "Warehouse", "city", "Hamburg", "country", "DE")),
				"attributes", Map.of("employees", "12"));
	}

	void acknowledged(String id) {
		acknowledgedId = id;
		outcome = "201";
	}

	void unacknowledged(String why) {
		outcome = why;
	}

	boolean isAcknowledged() {
		return acknowledgedId != null;
	}

	String acknowledgedId() {
		return acknowledgedId;
	}

	@Override
	public String toString() {
		return name + " (key " + key + ", " + outcome + ")";
	}
}
