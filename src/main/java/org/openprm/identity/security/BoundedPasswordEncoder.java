package org.openprm.identity.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes be computed at once. Each Argon2 check takes 16 MiB of memory and tens of
 * milliseconds of one core; a burst of sign-ins computed all at once filled a 512 MB heap and left the node
 * collecting garbage instead of answering. Waiting here costs a sign-in no more than the cores it would
 * have shared, and every other request keeps its memory and its share of the CPU.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder encoder;

	private final Semaphore permits;

	BoundedPasswordEncoder(PasswordEncoder encoder, int concurrency) {
		if (concurrency < 1) {
			throw new IllegalArgumentException("prm.security.password-checks.concurrency must be at least 1");
		}
		this.encoder = encoder;
		this.permits = new Semaphore(concurrency, true);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return bounded(() -> encoder.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return bounded(() -> encoder.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return encoder.upgradeEncoding(encodedPassword);
	}

	private <T> T bounded(Supplier<T> hashing) {
		permits.acquireUninterruptibly();
		try {
			return hashing.get();
		}
		finally {
			permits.release();
		}
	}
}
