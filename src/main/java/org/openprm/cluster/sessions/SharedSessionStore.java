package org.openprm.cluster.sessions;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Browser sessions live in the database, so a session started on one node works on every other. The sessions
 * table and its clean-up are the application's own: Flyway creates the table, and a cluster job
 * ({@code cluster.housekeeping.ExpiredSessionCleanup}) deletes expired sessions once per period instead of on
 * every node. Requests reach the store through {@link ThrottledTouchSessionRepository}, which writes a
 * session's last access at most once per {@code prm.sessions.touch-interval}, not on every page.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(cleanupCron = Scheduled.CRON_DISABLED)
class SharedSessionStore {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration timeout) {
		return sessions -> sessions.setDefaultMaxInactiveInterval(timeout);
	}

	@Bean
	@Primary
	FindByIndexNameSessionRepository<?> sessionsForRequests(JdbcIndexedSessionRepository sessions,
			@Value("${prm.sessions.touch-interval:1m}") Duration touchInterval) {
		return ThrottledTouchSessionRepository.wrap(sessions, touchInterval);
	}
}
