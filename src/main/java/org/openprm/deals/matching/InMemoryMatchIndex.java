package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link MatchIndex} in memory: for tests, benchmarks and accuracy evaluations. Safe for concurrent
 * use; many checks can read at once.
 */
public final class InMemoryMatchIndex implements MatchIndex {

	private final Map<String, Set<RecordRef>> postings = new HashMap<>();
	private final Map<RecordRef, IndexedRecord> records = new HashMap<>();
	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	/** Adds the record, or replaces it with its new keys when it is already there. */
	public void put(IndexedRecord record) {
		Set<String> keys = BlockingKeys.of(record.profile());
		lock.writeLock().lock();
		try {
			removeUnlocked(record.ref());
			records.put(record.ref(), record);
			keys.forEach(key -> postings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(record.ref()));
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public void remove(RecordRef record) {
		lock.writeLock().lock();
		try {
			removeUnlocked(record);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public Map<String, List<Posting>> postings(Collection<String> keys, int limitPerKey) {
		Map<String, List<Posting>> found = new LinkedHashMap<>();
		lock.readLock().lock();
		try {
			for (String key : keys) {
				found.put(key, first(postings.getOrDefault(key, Set.of()), limitPerKey));
			}
		}
		finally {
			lock.readLock().unlock();
		}
		return found;
	}

	@Override
	public List<IndexedRecord> records(Collection<RecordRef> refs) {
		List<IndexedRecord> found = new ArrayList<>(refs.size());
		lock.readLock().lock();
		try {
			for (RecordRef ref : refs) {
				IndexedRecord record = records.get(ref);
				if (record != null) {
					found.add(record);
				}
			}
		}
		finally {
			lock.readLock().unlock();
		}
		return found;
	}

	public int size() {
		lock.readLock().lock();
		try {
			return records.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** The keys are computed again rather than kept: they follow from the profile, and memory matters at a million records. */
	private void removeUnlocked(RecordRef ref) {
		IndexedRecord removed = records.remove(ref);
		if (removed == null) {
			return;
		}
		for (String key : BlockingKeys.of(removed.profile())) {
			Set<RecordRef> refs = postings.get(key);
			refs.remove(ref);
			if (refs.isEmpty()) {
				postings.remove(key);
			}
		}
	}

	private List<Posting> first(Set<RecordRef> refs, int limit) {
		List<Posting> first = new ArrayList<>(Math.min(refs.size(), limit));
		for (RecordRef ref : refs) {
			if (first.size() == limit) {
				break;
			}
			first.add(new Posting(ref, records.get(ref).profile().country()));
		}
		return first;
	}
}
