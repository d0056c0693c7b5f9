package org.openprm.deals.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * One registration per register form: the form carries a random token, and the registration it created
 * is remembered under the caller and the token. A second post of the same form (a double click that got
 * past the page script, a re-sent post) gets the first registration instead of creating another.
 * Remembered on this node, where a double click lands; posts of one token are serialised.
 */
@Component
class FormTokens {

	/** Far more forms than are submitted within the minutes a retry can come in. */
	private static final int REMEMBERED = 10_000;

	private final Map<String, UUID> used = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, UUID> eldest) {
			return size() > REMEMBERED;
		}
	};

	private final Object[] locks = new Object[64];

	FormTokens() {
		for (int i = 0; i < locks.length; i++) {
			locks[i] = new Object();
		}
	}

	static String issue() {
		return UUID.randomUUID().toString();
	}

	/** The registration created for the caller's token, by this call or an earlier one. */
	UUID once(UUID caller, String token, Supplier<UUID> register) {
		if (token == null || token.isBlank()) {
			return register.get();
		}
		String key = caller + ":" + token;
		synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
			UUID earlier;
			synchronized (used) {
				earlier = used.get(key);
			}
			if (earlier != null) {
				return earlier;
			}
			UUID created = register.get();
			synchronized (used) {
				used.put(key, created);
			}
			return created;
		}
	}
}
