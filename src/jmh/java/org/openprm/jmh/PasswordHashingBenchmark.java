package org.openprm.jmh;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openprm.identity.security.NativeArgon2PasswordEncoder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checking a password with the application's encoder (Argon2id, Spring Security's 5.8 defaults, through the
 * native reference implementation) and with Spring Security's Java one, which a node uses where the native
 * library does not load. Every form login and every token created with a password pays this once, so it
 * bounds sign-ins per second per core: 1000 / (milliseconds per check).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PasswordHashingBenchmark {

	private PasswordEncoder nativeEncoder;

	private PasswordEncoder javaEncoder;

	private String stored;

	@Setup
	public void hashOnce() {
		// As in identity.security.SecurityConfig.
		nativeEncoder = delegating(NativeArgon2PasswordEncoder.ifAvailable().orElseThrow());
		javaEncoder = delegating(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		stored = javaEncoder.encode("correct horse battery");
	}

	private static PasswordEncoder delegating(PasswordEncoder argon2) {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("argon2@SpringSecurity_v5_8", argon2);
		return new DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders);
	}

	@Benchmark
	public boolean checkPassword() {
		return nativeEncoder.matches("correct horse battery", stored);
	}

	@Benchmark
	public boolean checkPasswordInJava() {
		return javaEncoder.matches("correct horse battery", stored);
	}
}
