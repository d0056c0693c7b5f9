package org.openprm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Shutting a node down (a deployment, a scale-in) lets the requests it is serving finish, while new
 * connections are refused so that the load balancer sends them to another node.
 */
class GracefulShutdownTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRequestInFlightCompletesWhileTheNodeShutsDownAndNewConnectionsAreRefused() throws Exception {
		HeldRequest held = new HeldRequest();
		StandaloneApplication node = StandaloneApplication.start(Map.of(), beans -> beans.registerBean("heldRequest",
				ServletRegistrationBean.class, () -> new ServletRegistrationBean<>(held, "/api/v1/held-by-test")));
		try {
			int port = node.port();
			String token = token(port);
			CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/held-by-test"))
						.header("Authorization", "Bearer " + token)
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(held.entered.await(60, TimeUnit.SECONDS)).as("the request reached the application").isTrue();

			CompletableFuture<Void> shutdown = CompletableFuture.runAsync(node::close);
			await().atMost(Duration.ofSeconds(30)).until(() -> refusesConnections(port));
			assertThat(inFlight).as("still being served").isNotDone();
			assertThat(shutdown).as("waits for the request").isNotDone();
			held.release.countDown();

			HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("finished");
			shutdown.get(60, TimeUnit.SECONDS);
			assertThat(node.context().isActive()).isFalse();
		}
		finally {
			held.release.countDown();
			node.close();
		}
	}

	private String token(int port) throws IOException, InterruptedException {
		HttpResponse<String> created = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ApiTestSupport.ADMIN + "\",\"password\":\""
							+ ApiTestSupport.PASSWORD + "\",\"name\":\"shutdown-test\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private static boolean refusesConnections(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return false;
		}
		catch (ConnectException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** A request that stays in the application until the test lets it go. */
	private static final class HeldRequest extends HttpServlet {

		private final CountDownLatch entered = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			entered.countDown();
			try {
				if (!release.await(120, TimeUnit.SECONDS)) {
					response.sendError(500, "never released");
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				response.sendError(500, "interrupted");
				return;
			}
			response.setContentType("text/plain");
			response.getWriter().write("finished");
		}
	}
}
