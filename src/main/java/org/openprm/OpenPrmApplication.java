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

	private static final String MAIL_STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail looks its stream provider up with a ServiceLoader scan of the class path for every
		// message it writes (jakartaee/mail-api#861): most of the CPU of sending a notification. Named
		// here, it is found by its class name instead.
		if (System.getProperty(MAIL_STREAM_PROVIDER) == null) {
			System.setProperty(MAIL_STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	public static void main(String[] args) {
		SpringApplication.run(OpenPrmApplication.class, args);
	}
}
