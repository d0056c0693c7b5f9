package org.openprm.deals;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock deal rules read the time from: tests and benchmarks replace it to move time without waiting.
 */
@Configuration(proxyBeanMethods = false)
class DealConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
