package org.openprm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An OpenPRM node in a JVM of its own, started from this test's class path on a free loopback
 * port, with its output in {@code target/child-nodes/<name>.log}. {@link #kill()} is {@code kill -9};
 * {@link #close()} kills whatever still runs, so use it in try-with-resources.
 */
public final class ChildNode implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private final String name;

	private final Map<String, String> properties;

	private final Path log;

	private Process process;

	private int port;

	private CompletableFuture<Void> ready;

	private ChildNode(String name, Map<String, String> properties) {
		this.name = name;
		this.properties = properties;
		this.log = Path.of("target", "child-nodes", name + ".log");
	}

	/** Starts a node without waiting for it; {@link #awaitReady()} waits. */
	public static ChildNode launch(String name, Map<String, String> properties) {
		ChildNode node = new ChildNode(name, properties);
		node.startProcess();
		return node;
	}

	/** Starts a node and waits until it is ready. */
	public static ChildNode start(String name, Map<String, String> properties) {
		ChildNode node = launch(name, properties);
		node.awaitReady();
		return node;
	}

	public String name() {
		return name;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public long pid() {
		return process.pid();
	}

	/** Waits for the node's own "is ready" line: migrations and start-up work are done. */
	public void awaitReady() {
		try {
			ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see " + log, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(name + " did not start; see " + log, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** {@code kill -9}: the node gets no chance to finish anything. */
	public void kill() {
		process.destroyForcibly();
		waitForExit();
	}

	/** A normal shutdown (SIGTERM). */
	public void stop() {
		process.destroy();
		waitForExit();
	}

	/** Starts the node again on the same database, on a new port, and waits until it is ready. */
	public void restart() {
		if (process.isAlive()) {
			throw new IllegalStateException(name + " still runs");
		}
		startProcess();
		awaitReady();
	}

	@Override
	public void close() {
		if (process != null && process.isAlive()) {
			kill();
		}
	}

	private void startProcess() {
		port = freePort();
		ready = new CompletableFuture<>();
		try {
			Files.createDirectories(log.getParent());
			process = new ProcessBuilder(command()).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Process started = process;
		// Also when the test JVM itself is stopped: no node may outlive the test.
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
		Thread reader = new Thread(() -> copyOutput(started, ready), name + "-output");
		reader.setDaemon(true);
		reader.start();
	}

	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// Small and quick to start: a node here serves tests, not production load.
		command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.addAll(List.of("-cp", classPath(), OpenPrmApplication.class.getName()));
		command.add("--server.address=127.0.0.1");
		command.add("--server.port=" + port);
		command.add("--spring.main.banner-mode=off");
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		return command;
	}

	/** Surefire's own class path is a single manifest jar; it names the real one in this property. */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
	}

	private void copyOutput(Process running, CompletableFuture<Void> started) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
						StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
			out.println("==== " + name + " started as pid " + running.pid() + " on port " + port);
			String line;
			while ((line = in.readLine()) != null) {
				out.println(line);
				if (line.contains("OpenPRM node ") && line.contains(" is ready")) {
					out.flush();
					started.complete(null);
				}
			}
			out.println("==== " + name + " (pid " + running.pid() + ") ended");
		}
		catch (IOException ex) {
			// The process was killed while we read its output; nothing more to copy.
		}
		finally {
			started.completeExceptionally(new IllegalStateException(name + " ended before it was ready"));
		}
	}

	private void waitForExit() {
		try {
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
