package org.openprm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The application with small rate limits (3 sign-ins, 3 token requests, 2 reset requests and 2 partner applications per hour
 * and client), behind a trusted reverse proxy on the loopback address: tests tell clients apart by
 * {@code X-Forwarded-For}, as the proxy would. Test classes with this annotation share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "prm.security.rate-limit.groups.login.requests=3",
		"prm.security.rate-limit.groups.login.window=1h", "prm.security.rate-limit.groups.token.requests=3",
		"prm.security.rate-limit.groups.token.window=1h", "prm.security.rate-limit.groups.password-reset.requests=2",
		"prm.security.rate-limit.groups.password-reset.window=1h", "prm.security.rate-limit.groups.application.requests=2",
		"prm.security.rate-limit.groups.application.window=1h", "server.forward-headers-strategy=native",
		// Only the loopback address of the test's own clients is the trusted proxy; 127.0.0.2 is not.
		"server.tomcat.remoteip.internal-proxies=127.0.0.1/32, ::1/128" })
public @interface RateLimitedApplication {
}
