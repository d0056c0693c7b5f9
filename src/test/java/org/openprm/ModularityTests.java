package org.openprm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of ARCHITECTURE.md holds: no cycles, no access to another module's internals,
 * only the declared dependencies. Also writes the module documentation (C4 and per-module canvases).
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(OpenPrmApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyCapabilityInTheCodeIsAModule() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("shared", "identity", "partners", "audit", "integration", "deals");
	}

	@Test
	void writesModuleDocumentation() throws Exception {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();
		try (var files = Files.list(output)) {
			assertThat(files.map(f -> f.getFileName().toString()))
				.contains("components.puml", "module-partners.puml", "module-partners.adoc");
		}
	}
}
