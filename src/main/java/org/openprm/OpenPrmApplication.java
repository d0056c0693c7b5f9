package org.openprm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OpenPRM: partner relationship management as one modular Spring Boot application.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OpenPrmApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpenPrmApplication.class, args);
	}
}
