package org.openprm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container build file and the example multi-node deployment cannot be run here (no container
 * engine), so this keeps them honest against the code: every setting they pass must be one OpenPRM
 * or Spring Boot knows, the health probe must be a path the application serves, and the image must
 * package the jar the build produces.
 */
@IntegrationTest
class DeploymentDescriptorTests extends ApiTestSupport {

	private static final Path COMPOSE = Path.of("deploy/compose.yaml");
	private static final Path NGINX = Path.of("deploy/nginx/openprm.conf");
	private static final Path EXAMPLE_ENV = Path.of("deploy/example.env");
	private static final Path DOCKERFILE = Path.of("Dockerfile");

	/** Environment variables the JVM itself reads, not Spring properties. */
	private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS");

	@Test
	void composeNodesOnlyPassSettingsThatExist() {
		Set<String> known = knownSettingsAsEnvironmentVariables();
		for (String service : List.of("node1", "node2")) {
			Set<String> unknown = new TreeSet<>(nodeEnvironment(service).keySet());
			unknown.removeAll(known);
			unknown.removeAll(JVM_VARIABLES);
			assertThat(unknown).as("settings of %s that neither OpenPRM nor Spring Boot knows", service).isEmpty();
		}
	}

	@Test
	void composeNodesRunAsTheApplicationRoleAndMigrateAsTheOwner() {
		Map<String, Object> environment = nodeEnvironment("node1");
		assertThat(environment).containsEntry("SPRING_DATASOURCE_USERNAME", "openprm_app")
			.containsEntry("SPRING_FLYWAY_USER", "openprm_owner")
			.containsEntry("SERVER_SERVLET_SESSION_COOKIE_SECURE", "true");
		assertThat(nodeEnvironment("node1").get("PRM_NODE_ID")).isNotEqualTo(nodeEnvironment("node2").get("PRM_NODE_ID"));
	}

	@Test
	void everyVariableTheComposeFileRequiresIsInTheExampleEnvironment() throws IOException {
		Matcher required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(Files.readString(COMPOSE));
		Properties example = new Properties();
		try (InputStream in = Files.newInputStream(EXAMPLE_ENV)) {
			example.load(in);
		}
		Set<String> missing = new TreeSet<>();
		while (required.find()) {
			if (!example.containsKey(required.group(1))) {
				missing.add(required.group(1));
			}
		}
		assertThat(missing).as("variables deploy/compose.yaml requires but deploy/example.env lacks").isEmpty();
	}

	@Test
	void theProbesCallAReadinessPathTheApplicationAnswers() {
		Map<?, ?> check = (Map<?, ?>) nodeService("node1").get("healthcheck");
		String healthCheck = String.valueOf(check.get("test"));
		Matcher path = Pattern.compile("GET (/\\S+) HTTP").matcher(healthCheck);
		assertThat(path.find()).as("the node health check sends a GET").isTrue();

		Response readiness = get(path.group(1), null);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"UP\"");
		assertThat(healthCheck).contains("127.0.0.1/" + defaultPort());
	}

	@Test
	void theProxySendsRequestsToThePortTheNodesListenOn() throws IOException {
		String nginx = Files.readString(NGINX);
		assertThat(nginx).contains("server node1:" + defaultPort(), "server node2:" + defaultPort())
			.contains("X-Forwarded-Proto")
			.contains("location /actuator/");
		assertThat(Files.readString(DOCKERFILE)).contains("EXPOSE " + defaultPort());
	}

	@Test
	void theImagePackagesTheJarTheBuildProducesOnTheProjectsJavaRelease() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		String dockerfile = Files.readString(DOCKERFILE);
		String finalName = firstGroup("<finalName>([^<]+)</finalName>", pom);
		String javaVersion = firstGroup("<java.version>([^<]+)</java.version>", pom);
		assertThat(dockerfile).contains("target/" + finalName + ".jar")
			.contains("eclipse-temurin:" + javaVersion + "-jdk")
			.contains("eclipse-temurin:" + javaVersion + "-jre")
			.contains("extract --layers --destination /layers")
			.contains("-XX:ArchiveClassesAtExit=openprm.jsa")
			.contains("\"-XX:SharedArchiveFile=openprm.jsa\", \"-jar\", \"" + finalName + ".jar\"")
			.contains("USER openprm");
	}

	private static String firstGroup(String regex, String text) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in pom.xml", regex).isTrue();
		return matcher.group(1);
	}

	private static int defaultPort() {
		return 8080;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> nodeService(String name) {
		try {
			Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
			Map<String, Object> services = (Map<String, Object>) compose.get("services");
			assertThat(services).containsKey(name);
			return (Map<String, Object>) services.get(name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> nodeEnvironment(String service) {
		return (Map<String, Object>) nodeService(service).get("environment");
	}

	/**
	 * Spring Boot's documented properties (its configuration metadata) and OpenPRM's own (declared in
	 * application.properties), each in both environment-variable forms Spring Boot accepts.
	 */
	private static Set<String> knownSettingsAsEnvironmentVariables() {
		Set<String> names = new HashSet<>();
		names.addAll(springBootPropertyNames());
		names.addAll(openPrmPropertyNames());
		Set<String> variables = new HashSet<>();
		for (String name : names) {
			String upper = name.toUpperCase(Locale.ROOT).replace('.', '_');
			variables.add(upper.replace("-", ""));
			variables.add(upper.replace('-', '_'));
		}
		return variables;
	}

	private static Set<String> springBootPropertyNames() {
		Set<String> names = new HashSet<>();
		JsonMapper mapper = JsonMapper.builder().build();
		try {
			for (URL metadata : Collections.list(DeploymentDescriptorTests.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream in = metadata.openStream()) {
					JsonNode properties = mapper.readTree(in).path("properties");
					properties.forEach(property -> names.add(property.path("name").asString()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(names).as("Spring Boot's configuration metadata").contains("spring.datasource.url", "spring.flyway.user");
		return names;
	}

	private static Set<String> openPrmPropertyNames() {
		Properties application = new Properties();
		try (InputStream in = DeploymentDescriptorTests.class.getResourceAsStream("/application.properties")) {
			application.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return application.stringPropertyNames();
	}
}
