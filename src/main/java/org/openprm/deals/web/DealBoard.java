package org.openprm.deals.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openprm.deals.DealCriteria;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealView;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.Paging;

/**
 * The vendor's board: one column per stage with the filtered deals as cards, how many there are and
 * their amounts summed per currency (amounts in different currencies are never added up).
 */
record DealBoard(List<Column> columns) {

	/** The cards shown per column; the count and the note say when there are more. */
	static final int CARDS = 50;

	record Column(DealStage stage, List<DealView> cards, long count, Map<String, BigDecimal> sums) {

		public boolean truncated() {
			return count > cards.size();
		}
	}

	static DealBoard of(DealManagement deals, DealCriteria criteria, String sort) {
		List<DealStage> stages = criteria.stage() != null ? List.of(criteria.stage()) : Arrays.asList(DealStage.values());
		return new DealBoard(stages.stream().map(stage -> column(deals, criteria, stage, sort)).toList());
	}

	private static Column column(DealManagement deals, DealCriteria criteria, DealStage stage, String sort) {
		DealCriteria inStage = new DealCriteria(criteria.query(), criteria.status(), criteria.partnerId(), stage,
				criteria.closeFrom(), criteria.closeTo());
		PageResult<DealView> found = deals.search(inStage, Paging.of(0, CARDS, sort, DealSort.FIELDS));
		Map<String, BigDecimal> sums = new TreeMap<>();
		found.items().forEach(deal -> sums.merge(deal.currency(), deal.amount(), BigDecimal::add));
		return new Column(stage, found.items(), found.total(), sums);
	}
}
