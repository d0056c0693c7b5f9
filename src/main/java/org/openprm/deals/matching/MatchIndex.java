package org.openprm.deals.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the records to match against are kept, found by their {@link BlockingKeys}. A database
 * implementation keeps one row per key and record in {@code match_key (match_key, record_kind,
 * record_id, country)} with an index on {@code match_key}, and the records' profiles next to them;
 * {@link InMemoryMatchIndex} keeps both in memory. The matcher only reads; how records are written
 * is each implementation's own business (the database one also keeps the owning partner).
 */
public interface MatchIndex {

	/**
	 * For each key, the records that have it with their country, at most {@code limitPerKey} of them. One query
	 * per key ({@code ... where match_key = ? limit ?}) or one for all keys. A key with {@code limitPerKey}
	 * records or more is too common for the matcher, which skips it: the index may leave such a key out instead.
	 */
	Map<String, List<Posting>> postings(Collection<String> keys, int limitPerKey);

	/** The records themselves, those that still exist. */
	List<IndexedRecord> records(Collection<RecordRef> refs);
}
