package org.openprm.deals.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openprm.OpenPrmApplication;
import org.openprm.deals.ConflictCandidate;
import org.openprm.deals.ConflictCheck;
import org.openprm.deals.DealManagement;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.domain.JdbcMatchIndex;
import org.openprm.deals.matching.CustomerDescription;
import org.openprm.deals.matching.CustomerMatcher;
import org.openprm.deals.matching.IndexedRecord;
import org.openprm.deals.matching.MatchIndex;
import org.openprm.deals.matching.Posting;
import org.openprm.deals.matching.RecordRef;
import org.openprm.identity.CurrentActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In-process conflict check benchmark (plain main), run with {@code scripts/bench-deals.sh check-inprocess}:
 * starts the application on a database the data generator filled ({@code -Dbench.db.url}), then runs
 * {@code -Dchecks} conflict checks as vendor staff ({@link DealManagement#checkConflicts}, what the API calls)
 * for the near-duplicates of existing customers in the generator's {@code deal-check-customers.csv}, one
 * after another on one thread, after {@code -Dwarmup} checks. Prints p50/p99 of the wall time and the
 * mean CPU time per check of the checking thread and, on PostgreSQL, of the server processes serving it (on an
 * embedded H2 the database's work runs in the checking thread and is counted with it): CPU time grows much
 * less than wall time when other work shares the machine.
 * {@code -Danswers=file} writes every answer (candidates, scores, reasons), to compare two versions' answers.
 * Then checks the same customers once more, untimed, counting the postings and records the matcher reads.
 */
public final class ConflictCheckBench {

	private ConflictCheckBench() {
	}

	public static void main(String[] args) throws IOException {
		int warmup = Integer.getInteger("warmup", 2000);
		int checks = Integer.getInteger("checks", 5000);
		List<EndCustomer> customers = customers(Path.of(System.getProperty("feeders", "target/bench-deals/feeders")));
		String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/openprm_dealbench");
		ConfigurableApplicationContext app = new SpringApplicationBuilder(OpenPrmApplication.class).run(
				"--spring.datasource.url=" + url,
				"--spring.datasource.username=" + System.getProperty("bench.db.user", "postgres"),
				"--spring.datasource.password=" + System.getProperty("bench.db.password", ""), "--server.port=0", "--prm.demo-data=false",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--prm.data-dir=target/bench-deals/check-data",
				"--prm.admin.email=bench-admin@dealbench.example", "--prm.admin.password=bench-password-1");
		try {
			DealManagement deals = app.getBean(DealManagement.class);
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			for (int i = 0; i < warmup; i++) {
				check(deals, customers.get(i % customers.size()));
			}
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			boolean postgres = url.startsWith("jdbc:postgresql:");
			long databaseBefore = postgres ? databaseCpuNanos(jdbc) : 0;
			long[] wall = new long[checks];
			long cpu = 0;
			long found = 0;
			long withCandidates = 0;
			String answersFile = System.getProperty("answers");
			try (PrintWriter answers = answersFile == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(answersFile)))) {
				for (int i = 0; i < checks; i++) {
					EndCustomer customer = customers.get((warmup + i) % customers.size());
					long cpuBefore = threads.getCurrentThreadCpuTime();
					long before = System.nanoTime();
					ConflictCheck answer = check(deals, customer);
					wall[i] = System.nanoTime() - before;
					cpu += threads.getCurrentThreadCpuTime() - cpuBefore;
					found += answer.candidates().size();
					withCandidates += answer.candidates().isEmpty() ? 0 : 1;
					if (answers != null) {
						write(answers, customer, answer);
					}
				}
			}
			long database = postgres ? databaseCpuNanos(jdbc) - databaseBefore : 0;
			Arrays.sort(wall);
			System.out.printf("conflict checks: %d (after %d warm-up) over %d customers; wall p50 %.2f ms, p99 %.2f ms, "
					+ "max %.2f ms; CPU mean %.2f ms per check; %d with candidates, %.1f candidates per check%n", checks,
					warmup, customers.size(), wall[checks / 2] / 1e6, wall[(int) (checks * 0.99)] / 1e6,
					wall[checks - 1] / 1e6, cpu / 1e6 / checks, withCandidates, (double) found / checks);
			if (postgres) {
				System.out.printf("PostgreSQL CPU mean %.2f ms per check (its processes serving this database, from /proc)%n",
						database / 1e6 / checks);
			}
			countReads(app.getBean(JdbcMatchIndex.class), customers, warmup, checks);
		}
		finally {
			app.close();
		}
	}

	/**
	 * CPU time used so far by the database server's processes connected to this database (the application's pool),
	 * when the server runs on this machine; 0 otherwise. Linux counts it in ticks of 10 ms.
	 */
	private static long databaseCpuNanos(JdbcClient jdbc) {
		long ticks = 0;
		for (Integer pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
			.query(Integer.class)
			.list()) {
			try {
				String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException | RuntimeException ex) {
				// Not on this machine, or the process has ended: not counted.
			}
		}
		return ticks * 10_000_000L;
	}

	/**
	 * Checks the same customers again, outside the timed loop, through an index that counts what the matcher
	 * reads: postings (rows of the key table) and records (read from the record table and scored).
	 */
	private static void countReads(JdbcMatchIndex index, List<EndCustomer> customers, int warmup, int checks) {
		CountingIndex counting = new CountingIndex(index.excluding(null, null));
		CustomerMatcher matcher = new CustomerMatcher(counting);
		for (int i = 0; i < checks; i++) {
			EndCustomer c = customers.get((warmup + i) % customers.size());
			matcher.check(new CustomerDescription(c.name(), c.domain(), c.contactEmail(), c.phone(), c.street(),
					c.postalCode(), c.city(), c.country()));
		}
		System.out.printf("per check: %.1f postings read, %.1f records read and scored%n",
				(double) counting.postings / checks, (double) counting.records / checks);
	}

	private static final class CountingIndex implements MatchIndex {

		private final MatchIndex index;

		private long postings;

		private long records;

		CountingIndex(MatchIndex index) {
			this.index = index;
		}

		@Override
		public Map<String, List<Posting>> postings(Collection<String> keys, int limitPerKey) {
			Map<String, List<Posting>> found = index.postings(keys, limitPerKey);
			found.values().forEach(refs -> postings += refs.size());
			return found;
		}

		@Override
		public List<IndexedRecord> records(Collection<RecordRef> refs) {
			List<IndexedRecord> found = index.records(refs);
			records += found.size();
			return found;
		}
	}

	private static ConflictCheck check(DealManagement deals, EndCustomer customer) {
		return CurrentActor.runAsSystem(() -> deals.checkConflicts(customer));
	}

	private static void write(PrintWriter answers, EndCustomer customer, ConflictCheck answer) {
		answers.println(customer.name() + " | " + answer.possibleConflict());
		for (ConflictCandidate candidate : answer.candidates()) {
			answers.println("  " + candidate.kind() + " " + candidate.id() + " " + candidate.name() + " "
					+ candidate.score() + " " + candidate.reasons());
		}
	}

	/** The generator's check customers: name,domain,country,city,postalCode,street (no quoted commas in them). */
	private static List<EndCustomer> customers(Path feeders) throws IOException {
		List<EndCustomer> customers = new ArrayList<>();
		for (String line : Files.readAllLines(feeders.resolve("deal-check-customers.csv")).stream().skip(1).toList()) {
			String[] f = line.split(",", -1);
			customers.add(new EndCustomer(f[0], blank(f[1]), blank(f[2]), blank(f[3]), blank(f[4]), blank(f[5]), null,
					null, null));
		}
		return customers;
	}

	private static String blank(String value) {
		return value.isEmpty() ? null : value;
	}
}
