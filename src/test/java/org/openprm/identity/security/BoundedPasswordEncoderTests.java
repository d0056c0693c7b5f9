package org.openprm.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Many simultaneous sign-ins: each is still checked correctly, but never more than the allowed number of
 * Argon2 hashes (16 MiB each) are computed at the same moment.
 */
class BoundedPasswordEncoderTests {

	@Test
	void simultaneousSignInsAreCheckedCorrectlyButOnlyTwoHashesAreComputedAtOnce() throws Exception {
		PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		String stored = argon2.encode("correct horse");
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		PasswordEncoder counted = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return argon2.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					return argon2.matches(raw, encoded);
				}
				finally {
					running.decrementAndGet();
				}
			}
		};
		PasswordEncoder bounded = new BoundedPasswordEncoder(counted, 2);

		ExecutorService signIns = Executors.newFixedThreadPool(8);
		List<Future<Boolean>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 24; i++) {
				String typed = i % 3 == 0 ? "wrong horse" : "correct horse";
				answers.add(signIns.submit(() -> bounded.matches(typed, stored)));
			}
			for (int i = 0; i < answers.size(); i++) {
				assertThat(answers.get(i).get()).isEqualTo(i % 3 != 0);
			}
		}
		finally {
			signIns.shutdownNow();
		}
		assertThat(mostAtOnce.get()).isBetween(1, 2);
	}
}
