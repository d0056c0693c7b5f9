package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileCacheTests {

	@Test
	void answersTheProfileTheDescriptionNormalisesTo() {
		ProfileCache cache = new ProfileCache(10);
		CustomerDescription globex = new CustomerDescription("Globex Corporation", "www.globex.com", "hank@globex.com",
				"+1 555 0100", "1 Globex Way", "49007", "Springfield", "US");

		CustomerProfile first = cache.of(globex);

		assertThat(first).isEqualTo(CustomerProfile.of(globex));
		assertThat(cache.of(globex)).as("read again, not normalised again").isSameAs(first);
	}

	@Test
	void aChangedDescriptionGetsItsOwnProfile() {
		ProfileCache cache = new ProfileCache(10);
		CustomerProfile before = cache.of(CustomerDescription.named("Globex Corporation"));

		CustomerProfile after = cache.of(CustomerDescription.named("Initech GmbH"));

		assertThat(after.name()).isNotEqualTo(before.name());
		assertThat(after).isEqualTo(CustomerProfile.of(CustomerDescription.named("Initech GmbH")));
	}

	@Test
	void keepsNoMoreThanItsCapacityDroppingTheLeastRecentlyUsed() {
		ProfileCache cache = new ProfileCache(2);
		CustomerProfile a = cache.of(CustomerDescription.named("Alpha AG"));
		CustomerProfile b = cache.of(CustomerDescription.named("Beta BV"));
		assertThat(cache.of(CustomerDescription.named("Alpha AG"))).isSameAs(a);

		cache.of(CustomerDescription.named("Gamma Ltd"));

		assertThat(cache.of(CustomerDescription.named("Alpha AG"))).as("recently used, kept").isSameAs(a);
		assertThat(cache.of(CustomerDescription.named("Beta BV"))).as("least recently used, dropped")
			.isNotSameAs(b).isEqualTo(b);
	}
}
