package org.openprm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

/**
 * Without {@code prm.benchmark.ceiling-endpoints=true} (the default) the ceiling endpoints do not exist:
 * nobody reads a partner row or writes anything through them.
 */
class CeilingEndpointsOffTests extends ApiTestSupport {

	@Test
	void areNotThereByDefault() {
		Response read = get("/benchmark/ceiling/partners/" + partnerId("Northwind Systems"), null);
		Response insert = post("/benchmark/ceiling/rows", null, "");

		assertThat(read.status()).isEqualTo(302);
		assertThat(read.header("Location")).endsWith("/login");
		assertThat(read.body()).doesNotContain("Northwind");
		assertThat(insert.status()).isEqualTo(403);
	}
}
