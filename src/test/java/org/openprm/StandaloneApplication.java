package org.openprm;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The application started and stopped by a test itself, for what a shared test context cannot show:
 * shutting down, or losing the database. Runs with the test profile (and its database) unless told otherwise.
 */
final class StandaloneApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private StandaloneApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static StandaloneApplication start(Map<String, String> properties, Consumer<GenericApplicationContext> beans) {
		Map<String, Object> all = new HashMap<>();
		all.put("server.port", "0");
		all.put("spring.main.banner-mode", "off");
		TestMailServer.register((name, value) -> all.put(name, value.get()));
		all.putAll(properties);
		// As command-line arguments, so that they win over the test profile's properties.
		String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new StandaloneApplication(new SpringApplicationBuilder(OpenPrmApplication.class)
			.initializers(context -> beans.accept((GenericApplicationContext) context))
			.run(arguments));
	}

	int port() {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	ConfigurableApplicationContext context() {
		return context;
	}

	@Override
	public void close() {
		context.close();
	}
}
