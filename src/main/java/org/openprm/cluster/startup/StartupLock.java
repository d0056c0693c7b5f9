package org.openprm.cluster.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Start-up work that must happen once per database (loading the demo data, creating the first admin:
 * every {@link ApplicationRunner}) runs on one node at a time. This runner comes first and takes a
 * PostgreSQL advisory lock, {@link StartupLockRelease} comes last and gives it back; a second node
 * starting at the same moment waits, then finds the work done. The embedded H2 database needs no
 * lock: only one process can open it.
 */
@Component
class StartupLock implements ApplicationRunner, Ordered, DisposableBean {

	/** Any fixed number; it only has to differ from other advisory locks on the same database. */
	private static final long LOCK_KEY = 0x4f50524d_53544152L;

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	private final DataSource dataSource;

	private volatile Connection held;

	StartupLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		Connection connection = dataSource.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			connection.close();
			return;
		}
		log.info("Waiting for the start-up lock");
		// A session-level lock on its own connection: it outlives the transactions of the runners.
		call(connection, "SELECT pg_advisory_lock(?)");
		held = connection;
	}

	/** Gives the lock back; also when start-up fails, and by PostgreSQL itself if the node dies. */
	synchronized void release() throws SQLException {
		if (held == null) {
			return;
		}
		try (Connection connection = held) {
			call(connection, "SELECT pg_advisory_unlock(?)");
		}
		finally {
			held = null;
		}
	}

	@Override
	public void destroy() throws SQLException {
		release();
	}

	private static void call(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, LOCK_KEY);
			statement.execute();
		}
	}
}
