package org.openprm.deals.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** An index that counts the records the matcher reads from it. */
final class ReadCountingIndex implements MatchIndex {

	private final MatchIndex index;

	private long read;

	ReadCountingIndex(MatchIndex index) {
		this.index = index;
	}

	long read() {
		return read;
	}

	@Override
	public Map<String, List<Posting>> postings(Collection<String> keys, int limitPerKey) {
		return index.postings(keys, limitPerKey);
	}

	@Override
	public List<IndexedRecord> records(Collection<RecordRef> refs) {
		read += refs.size();
		return index.records(refs);
	}
}
