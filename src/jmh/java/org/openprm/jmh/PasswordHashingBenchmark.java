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
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checking a password with the application's encoder (Argon2id, Spring Security's 5.8 defaults). Every
 * form login and every token created with a password pays this once, so it bounds sign-ins per second
 * per core: 1000 / (milliseconds per check).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PasswordHashingBenchmark {

	private PasswordEncoder encoder;

	private String stored;

	@Setup
	public void hashOnce() {
		// As in identity.security.SecurityConfig.
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoder = new DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders);
		stored = encoder.encode("correct horse battery");
	}

	@Benchmark
	public boolean checkPassword() {
		return encoder.matches("correct horse battery", stored);
	}
}
