package org.openprm.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The counts of one crash run, as they go into docs/benchmarks.md.
 */
record CrashReport(String database, int kills, int attempts, long acknowledged, long unacknowledged,
		long committedButUnacknowledged, long lost, long partial, long duplicates, long failedReplays,
		Duration duration) {

	static CrashReport of(String database, int kills, List<Attempt> attempts, Replays replays, StoredPartners stored,
			Duration duration) {
		List<Attempt> acknowledged = attempts.stream().filter(Attempt::isAcknowledged).toList();
		List<Attempt> unacknowledged = attempts.stream().filter(attempt -> !attempt.isAcknowledged()).toList();
		var byName = stored.byName();
		long lost = acknowledged.stream()
			.filter(attempt -> !replays.confirms(attempt) || byName.getOrDefault(attempt.name, List.of())
				.stream()
				.noneMatch(row -> row.id().equals(attempt.acknowledgedId())))
			.count();
		long committed = unacknowledged.stream().filter(attempt -> replays.of(attempt).replayed()).count();
		long failedReplays = attempts.stream()
			.filter(attempt -> replays.of(attempt).status() != 201 || !byName.containsKey(attempt.name))
			.count();
		return new CrashReport(database, kills, attempts.size(), acknowledged.size(), unacknowledged.size(), committed,
				lost, stored.partial(), stored.duplicated(), failedReplays, duration);
	}

	String line() {
		return "%s: %d kills, %d writes sent, %d acknowledged, %d unacknowledged (%d of them committed before the kill), "
			.formatted(database, kills, attempts, acknowledged, unacknowledged, committedButUnacknowledged)
				+ "%d lost, %d partial, %d duplicated, %d replays without a stored partner, %d s"
					.formatted(lost, partial, duplicates, failedReplays, duration.toSeconds());
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, line() + System.lineSeparator());
	}
}
