package org.openprm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.OpenPrmApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An install without demo data needs its first admin from the environment and refuses to start without one.
 */
class FirstAdminStartupTests {

	@Test
	void refusesToStartWithoutDemoDataOrFirstAdmin() {
		assertThatThrownBy(() -> start("--prm.demo-data=false").close())
			.hasStackTraceContaining("PRM_ADMIN_EMAIL");
	}

	@Test
	void createsTheFirstAdminFromTheEnvironmentAndNoDemoData() {
		try (ConfigurableApplicationContext context = start("--prm.demo-data=false",
				"--prm.admin.email=Owner@Example.com", "--prm.admin.password=correct-horse-battery")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT role FROM users WHERE email = 'owner@example.com'").query(String.class).list())
				.containsExactly("VENDOR_ADMIN");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM partners").query(Long.class).single()).isZero();
		}
	}

	@Test
	void loadsTheDemoDataOnTheEmbeddedDatabaseByDefault() {
		try (ConfigurableApplicationContext context = start("--prm.demo-data=auto")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM partners").query(Long.class).single()).isGreaterThanOrEqualTo(40);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = 'admin@acme.example'").query(Long.class).single())
				.isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 4];
		all[0] = "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		all[1] = "--spring.datasource.username=sa";
		all[2] = "--server.port=0";
		all[3] = "--spring.main.banner-mode=off";
		System.arraycopy(args, 0, all, 4, args.length);
		return new SpringApplicationBuilder(OpenPrmApplication.class).run(all);
	}
}
