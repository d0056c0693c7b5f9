package org.openprm.jmh;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.shared.PageResult;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partner directory search through the {@link PartnerManagement} facade, with the visibility scope,
 * on the generated data set: what every directory page, htmx search and API search costs below the web
 * layer. Needs a database filled by scripts/generate-data.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PartnerDirectoryBenchmark {

	private static final Pageable FIRST_PAGE = PageRequest.of(0, 20, Sort.by("nameKey"));

	private ConfigurableApplicationContext application;

	private PartnerManagement partners;

	private UUID distributorAdmin;

	private String distributorAdminEmail;

	@Setup(Level.Trial)
	public void start() {
		application = BenchmarkApplication.start();
		partners = application.getBean(PartnerManagement.class);
		// The admin of the distributor with the most resellers: the widest partner scope there is.
		Map<String, Object> admin = application.getBean(JdbcClient.class).sql("""
				SELECT u.id, u.email FROM users u
				WHERE u.role = 'PARTNER_ADMIN' AND u.partner_id = (
				  SELECT parent_id FROM partners WHERE parent_id IS NOT NULL GROUP BY parent_id ORDER BY COUNT(*) DESC, parent_id LIMIT 1)
				ORDER BY u.email LIMIT 1""").query().singleRow();
		distributorAdmin = (UUID) admin.get("id");
		distributorAdminEmail = (String) admin.get("email");
		long found = vendorSearchesByName().total();
		if (found == 0) {
			throw new IllegalStateException("No partner matches 'summit': fill the database with scripts/generate-data.sh");
		}
		System.out.printf("%d partners in the directory, %d match 'summit', the distributor sees %d%n",
				vendorBrowsesFirstPage().total(), found, distributorBrowsesItsScope().total());
	}

	@TearDown(Level.Trial)
	public void stop() {
		application.close();
	}

	@Benchmark
	public PageResult<PartnerView> vendorBrowsesFirstPage() {
		return CurrentActor.runAsSystem(() -> partners.search(PartnerCriteria.none(), FIRST_PAGE));
	}

	@Benchmark
	public PageResult<PartnerView> vendorSearchesByName() {
		return CurrentActor.runAsSystem(() -> partners.search(criteria("summit"), FIRST_PAGE));
	}

	@Benchmark
	public PageResult<PartnerView> distributorBrowsesItsScope() {
		return BenchmarkApplication.as(distributorAdmin, distributorAdminEmail,
				() -> partners.search(PartnerCriteria.none(), FIRST_PAGE));
	}

	@Benchmark
	public PartnerView distributorReadsOnePartner() {
		return BenchmarkApplication.as(distributorAdmin, distributorAdminEmail, () -> partners.myOrganisation().orElseThrow());
	}

	private static PartnerCriteria criteria(String q) {
		return new PartnerCriteria(q, null, null, null, null, null);
	}
}
