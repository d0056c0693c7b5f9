package org.openprm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The load tests' ceiling: with the switch on, one plain insert and one plain read by id, without a login.
 */
@TestPropertySource(properties = CeilingProbe.ENABLED + "=true")
class CeilingEndpointsTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void insertsOneRowPerRequestWithoutALogin() {
		Response created = post("/benchmark/ceiling/rows", null, "");

		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/benchmark/ceiling/rows/" + id);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM benchmark_ceiling WHERE id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void readsOnePartnerRowByIdAndAnswers404ForAnUnknownId() {
		String northwind = partnerId("Northwind Systems");

		Response found = get("/benchmark/ceiling/partners/" + northwind, null);
		Response missing = get("/benchmark/ceiling/partners/" + UUID.randomUUID(), null);

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("name").asString()).isEqualTo("Northwind Systems");
		assertThat(missing.status()).isEqualTo(404);
	}

	@Test
	void leavesTheRestOfTheApplicationBehindItsLogin() {
		assertThat(get("/api/v1/partners", null).status()).isEqualTo(401);
	}
}
