package org.openprm.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The native Argon2 encoder and Spring Security's Java one are interchangeable: users whose passwords were
 * hashed before the switch (or on a node without the native library) still sign in, and the other way round.
 */
class NativeArgon2PasswordEncoderTests {

	private final PasswordEncoder nativeArgon2 = NativeArgon2PasswordEncoder.ifAvailable().orElseThrow();

	private final PasswordEncoder javaArgon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	@Test
	void aPasswordHashedInJavaIsCheckedNatively() {
		String stored = javaArgon2.encode("Grüße, Ωmega 7!");

		assertThat(nativeArgon2.matches("Grüße, Ωmega 7!", stored)).isTrue();
		assertThat(nativeArgon2.matches("Grüsse, Ωmega 7!", stored)).isFalse();
	}

	@Test
	void aPasswordHashedNativelyIsCheckedInJavaWithTheSameParameters() {
		String stored = nativeArgon2.encode("Grüße, Ωmega 7!");

		assertThat(stored).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
		assertThat(javaArgon2.matches("Grüße, Ωmega 7!", stored)).isTrue();
		assertThat(javaArgon2.matches("grüße, Ωmega 7!", stored)).isFalse();
		assertThat(nativeArgon2.upgradeEncoding(stored)).isFalse();
	}

	@Test
	void eachHashHasItsOwnSalt() {
		assertThat(nativeArgon2.encode("same password")).isNotEqualTo(nativeArgon2.encode("same password"));
	}

	@Test
	void aDamagedOrMissingHashNeverMatches() {
		String stored = nativeArgon2.encode("correct horse");
		String damaged = stored.substring(0, stored.length() - 6) + "AAAAAA";

		assertThat(nativeArgon2.matches("correct horse", damaged)).isFalse();
		assertThat(nativeArgon2.matches("correct horse", "$argon2id$v=19$m=16384,t=2,p=1$nonsense")).isFalse();
		assertThat(nativeArgon2.matches("correct horse", null)).isFalse();
	}

	@Test
	void hashesWithWeakerParametersAreUpgradedAtTheNextSignIn() {
		String weaker = new Argon2PasswordEncoder(16, 32, 1, 1 << 12, 1).encode("correct horse");

		assertThat(nativeArgon2.matches("correct horse", weaker)).isTrue();
		assertThat(nativeArgon2.upgradeEncoding(weaker)).isTrue();
	}
}
