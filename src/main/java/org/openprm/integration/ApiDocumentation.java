package org.openprm.integration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description of the public API: title, version and the Bearer token scheme, so that
 * Swagger UI offers "Authorize" and generated clients send the token.
 */
@Configuration
class ApiDocumentation {

	@Bean
	OpenAPI openPrmApi() {
		return new OpenAPI()
			.info(new Info().title("OpenPRM API").version("v1")
				.description("Partner relationship management. Create a personal access token with "
						+ "`POST /api/v1/auth/tokens` and send it as `Authorization: Bearer <token>`."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
