package org.openprm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * A node that loses its database answers the readiness probe with 503, so the load balancer stops
 * sending it requests, but stays live, so the orchestrator does not restart it; it is ready again as
 * soon as the database is back. The database is a real H2 server that the test stops and starts.
 */
class ReadinessWithoutDatabaseTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void readinessIsDownWhileTheDatabaseIsUnreachableAndUpWhenItIsBack() throws Exception {
		int databasePort = freePort();
		Server database = startDatabase(databasePort);
		String url = "jdbc:h2:tcp://127.0.0.1:" + databasePort + "/mem:readiness-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		// A probe must answer quickly; waiting the default 30 s for a connection would time it out.
		try (StandaloneApplication node = StandaloneApplication.start(Map.of("spring.datasource.url", url,
				"spring.datasource.username", "sa", "spring.datasource.hikari.connection-timeout", "1000"), beans -> {
				})) {
			assertThat(status(node, "/actuator/health/readiness")).isEqualTo(200);

			database.stop();
			await().atMost(Duration.ofSeconds(60)).until(() -> status(node, "/actuator/health/readiness") == 503);
			assertThat(body(node, "/actuator/health/readiness")).isEqualTo("{\"status\":\"DOWN\"}");
			assertThat(status(node, "/actuator/health/liveness")).isEqualTo(200);

			database = startDatabase(databasePort);
			// Probed once a second, as a load balancer would: the pool re-checks a connection only when
			// it has been idle for half a second, so a probe every 100 ms would keep a dead one alive.
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> status(node, "/actuator/health/readiness") == 200);
		}
		finally {
			database.stop();
		}
	}

	private static Server startDatabase(int port) throws SQLException {
		return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
	}

	private int status(StandaloneApplication node, String path) throws IOException, InterruptedException {
		return get(node, path).statusCode();
	}

	private String body(StandaloneApplication node, String path) throws IOException, InterruptedException {
		return get(node, path).body();
	}

	private HttpResponse<String> get(StandaloneApplication node, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
