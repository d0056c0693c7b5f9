package org.openprm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationStartsTests extends ApiTestSupport {

	@Test
	void vendorAdminSeesTheDemoDirectory() {
		Response partners = get("/api/v1/partners?size=100", tokenFor(ADMIN));
		assertThat(partners.status()).isEqualTo(200);
		assertThat(partners.json().get("total").asLong()).isGreaterThanOrEqualTo(40);
	}
}
