package org.openprm.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openprm.ChildNode;
import org.openprm.NodeDatabase;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the cluster check reads from the shared database (migrations, job runs, event publications)
 * and from the nodes themselves.
 */
final class ClusterRecords {

	record JobRun(String node, Instant started, String outcome) {
	}

	private final NodeDatabase database;

	ClusterRecords(NodeDatabase database) {
		this.database = database;
	}

	/** How often each migration version was applied. */
	Map<String, Integer> migrationRuns() {
		Map<String, Integer> runs = new LinkedHashMap<>();
		query("SELECT version, COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL GROUP BY version",
				rs -> runs.put(rs.getString(1), rs.getInt(2)));
		return runs;
	}

	long failedMigrations() {
		return count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success");
	}

	List<JobRun> runsOf(String job) {
		List<JobRun> runs = new ArrayList<>();
		query("SELECT node, started_at, outcome FROM job_runs WHERE job = '" + job + "' ORDER BY started_at",
				rs -> runs.add(new JobRun(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3))));
		return runs;
	}

	long publications() {
		return count("SELECT COUNT(*) FROM event_publication");
	}

	long failedPublications() {
		return count("SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED'");
	}

	long count(String sql) {
		long[] result = new long[1];
		query(sql, rs -> result[0] = rs.getLong(1));
		return result[0];
	}

	/** The time between one run's start and the next, whichever node ran them. */
	static List<Duration> gaps(List<JobRun> runs) {
		List<Duration> gaps = new ArrayList<>();
		for (int i = 1; i < runs.size(); i++) {
			gaps.add(Duration.between(runs.get(i - 1).started(), runs.get(i).started()));
		}
		return gaps;
	}

	/** Distinct migration versions: a database-specific migration has one file per database, one version. */
	/** Versions of the SQL and the Java migrations (a Java migration rewrites rows SQL cannot compute). */
	static int migrationFiles() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		return (int) java.util.stream.Stream.concat(
				java.util.Arrays.stream(resolver.getResources("classpath*:db/migration/**/V*.sql")),
				java.util.Arrays.stream(resolver.getResources("classpath*:db/migration/**/V*.class")))
			.map(resource -> resource.getFilename().substring(1, resource.getFilename().indexOf("__")))
			.distinct()
			.count();
	}

	static int readiness(ChildNode node) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/actuator/health/readiness")).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface RowReader {

		void read(ResultSet rs) throws SQLException;
	}

	private void query(String sql, RowReader reader) {
		try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				reader.read(rs);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run " + sql, ex);
		}
	}
}
