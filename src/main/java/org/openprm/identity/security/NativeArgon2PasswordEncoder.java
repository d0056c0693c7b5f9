package org.openprm.identity.security;

import java.util.Optional;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id through the algorithm's reference C implementation, with Spring Security's 5.8 parameters
 * (16 MiB, 2 iterations, 1 lane, 16-byte salt, 32-byte hash) and its encoded form, so hashes written by either
 * implementation are checked by the other. A check takes about a third of the CPU of the pure-Java
 * implementation, and sign-ins were the largest share of the portal's CPU. Its memory is outside the heap.
 */
public final class NativeArgon2PasswordEncoder implements PasswordEncoder {

	private static final Logger log = LoggerFactory.getLogger(NativeArgon2PasswordEncoder.class);

	private static final int SALT_LENGTH = 16;

	private static final int HASH_LENGTH = 32;

	private static final int MEMORY_KIB = 1 << 14;

	private static final int ITERATIONS = 2;

	private static final int PARALLELISM = 1;

	private static final String ARGON2ID_PREFIX = "$argon2id$";

	private final Argon2Advanced argon2;

	/** Reads the parameters of stored hashes, and checks the rare ones that are not Argon2id. */
	private final Argon2PasswordEncoder javaArgon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	private NativeArgon2PasswordEncoder(Argon2Advanced argon2) {
		this.argon2 = argon2;
	}

	/**
	 * The native encoder, if this platform's library loads; otherwise empty and the caller keeps the Java one
	 * (same hashes, slower).
	 */
	public static Optional<PasswordEncoder> ifAvailable() {
		try {
			Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Types.ARGON2id, SALT_LENGTH, HASH_LENGTH);
			argon2.hash(1, 8, 1, new char[] { 'x' });
			return Optional.of(new NativeArgon2PasswordEncoder(argon2));
		}
		catch (LinkageError | RuntimeException unavailable) {
			log.info("Argon2's native library is not available on this platform ({}); password checks use the "
					+ "Java implementation", unavailable.toString());
			return Optional.empty();
		}
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, chars(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (encodedPassword == null || !encodedPassword.startsWith(ARGON2ID_PREFIX)) {
			return javaArgon2.matches(rawPassword, encodedPassword);
		}
		try {
			return argon2.verify(encodedPassword, chars(rawPassword));
		}
		catch (RuntimeException malformed) {
			log.warn("Malformed Argon2 password hash");
			return false;
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return javaArgon2.upgradeEncoding(encodedPassword);
	}

	private static char[] chars(CharSequence rawPassword) {
		return rawPassword.toString().toCharArray();
	}
}
