package org.openprm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document is what the isolation sweep walks, so every controller endpoint under /api must
 * be in it: an endpoint hidden from the document would escape the sweep.
 */
class ApiDocumentationTests extends ApiTestSupport {

	@Autowired
	List<RequestMappingHandlerMapping> handlerMappings;

	@Test
	void everyApiEndpointOfEveryControllerIsInTheOpenApiDocument() {
		Set<String> documented = new TreeSet<>();
		new OpenApiDocument(get("/v3/api-docs", null).json(), json).operations()
			.forEach(operation -> documented.add(operation.toString()));

		Set<String> mapped = mappedApiEndpoints();

		assertThat(mapped).as("endpoints found in the handler mappings").hasSizeGreaterThanOrEqualTo(15);
		assertThat(documented).as("operations in /v3/api-docs").containsAll(mapped);
	}

	@Test
	void everyApiEndpointDeclaresItsHttpMethod() {
		for (RequestMappingHandlerMapping mapping : handlerMappings) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (apiPatterns(info).length > 0) {
					assertThat(info.getMethodsCondition().getMethods()).as("%s on %s", handler, info).isNotEmpty();
				}
			});
		}
	}

	private Set<String> mappedApiEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : handlerMappings) {
			mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
				for (String pattern : apiPatterns(info)) {
					info.getMethodsCondition().getMethods()
						.forEach(method -> endpoints.add(method.name() + " " + withoutRegex(pattern)));
				}
			});
		}
		return endpoints;
	}

	private static String[] apiPatterns(RequestMappingInfo info) {
		return info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).toArray(String[]::new);
	}

	/** {@code {id:[0-9]+}} is written {@code {id}} in OpenAPI. */
	private static String withoutRegex(String pattern) {
		return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
	}
}
