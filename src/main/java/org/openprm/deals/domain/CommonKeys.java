package org.openprm.deals.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blocking keys recently found too common to use ("n:systems", "p:summ"), so that a check does not read
 * a thousand postings of each of them again only to skip them: that was most of the database's work for a
 * check. A key only becomes rarer when records are removed, which is rare, so a verdict is kept for
 * {@value #TTL_SECONDS} seconds and then looked up afresh. Keys that were found usable are not kept.
 */
class CommonKeys {

	static final long TTL_SECONDS = 600;

	/** Far more than the keys a large index has above the usual limit; when reached, all are looked up afresh. */
	private static final int CAPACITY = 100_000;

	private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

	private final long ttlNanos = TTL_SECONDS * 1_000_000_000L;

	/** Whether the key was recently found to have at least {@code records} records. */
	boolean isCommon(String key, int records) {
		Verdict verdict = verdicts.get(key);
		return verdict != null && verdict.records() >= records && System.nanoTime() - verdict.foundAt() < ttlNanos;
	}

	/** The key was just found to have at least {@code records} records. */
	void found(String key, int records) {
		if (verdicts.size() >= CAPACITY) {
			verdicts.clear();
		}
		verdicts.put(key, new Verdict(records, System.nanoTime()));
	}

	private record Verdict(int records, long foundAt) {
	}
}
