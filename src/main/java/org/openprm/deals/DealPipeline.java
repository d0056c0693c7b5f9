package org.openprm.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.openprm.deals.domain.PipelineFilter;
import org.openprm.deals.domain.PipelineQueries;
import org.openprm.deals.domain.PipelineQueries.ForecastCell;
import org.openprm.deals.domain.PipelineQueries.Grouping;
import org.openprm.deals.domain.PipelineQueries.PipelineRecord;
import org.openprm.deals.domain.PipelineQueries.StageTotal;
import org.openprm.identity.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline: the weighted forecast, the board by stage and the export, with the deal list's filters
 * and within the caller's scope (a partner sees its own deals, a distributor also its resellers', vendor
 * staff all). Drafts are not in the pipeline: the vendor has not been told about them yet.
 */
@Service
@Transactional(readOnly = true)
public class DealPipeline {

	/** The most rows one export writes; narrow the filters for more. */
	public static final int EXPORT_LIMIT = 100_000;

	/** The most cards a board column shows. */
	public static final int MAX_CARDS = 50;

	/** Registered and not yet ended: what the board shows. */
	static final Set<DealStatus> OPEN = EnumSet.of(DealStatus.SUBMITTED, DealStatus.IN_REVIEW,
			DealStatus.MORE_INFO_REQUESTED, DealStatus.APPROVED);

	/** What the forecast counts: the open deals, and the won ones at 100 %. */
	static final Set<DealStatus> FORECAST = EnumSet.of(DealStatus.SUBMITTED, DealStatus.IN_REVIEW,
			DealStatus.MORE_INFO_REQUESTED, DealStatus.APPROVED, DealStatus.WON);

	private final PipelineQueries queries;

	private final Visibility visibility;

	private final DealOwners owners;

	private final DealPipelineSettings settings;

	private final Clock clock;

	DealPipeline(PipelineQueries queries, Visibility visibility, DealOwners owners, DealPipelineSettings settings,
			Clock clock) {
		this.queries = queries;
		this.visibility = visibility;
		this.owners = owners;
		this.settings = settings;
		this.clock = clock;
	}

	public DealForecast forecast(DealCriteria criteria, ForecastPeriod period, ForecastDimension by) {
		PipelineFilter filter = PipelineFilter.of(criteria, visibility.scope(), FORECAST);
		List<ForecastCell> cells = switch (by) {
			case NONE -> queries.forecast(filter, Grouping.NONE);
			case PARTNER -> queries.forecast(filter, Grouping.PARTNER);
			case COUNTRY -> queries.forecast(filter, Grouping.COUNTRY);
			case PRODUCT -> queries.forecastByProduct(filter);
		};
		Map<UUID, String> partnerNames = new HashMap<>();
		Map<List<String>, Sum> rows = new LinkedHashMap<>();
		Map<String, Sum> totals = new LinkedHashMap<>();
		for (ForecastCell cell : cells) {
			String label = switch (by) {
				case PARTNER -> cell.key() == null ? null : partnerNames.computeIfAbsent(UUID.fromString(cell.key()), owners::name);
				case COUNTRY -> cell.key();
				default -> cell.label();
			};
			BigDecimal weighted = cell.amount().multiply(cell.status() == DealStatus.WON ? BigDecimal.ONE
					: settings.probability(cell.stage()));
			rows.computeIfAbsent(Arrays.asList(period.label(cell.year(), cell.month()), cell.key(), label,
					cell.currency()), k -> new Sum()).add(cell.deals(), cell.amount(), weighted);
			totals.computeIfAbsent(cell.currency(), k -> new Sum()).add(cell.deals(), cell.amount(), weighted);
		}
		List<DealForecast.Row> rowList = new ArrayList<>();
		rows.forEach((k, sum) -> rowList.add(sum.row(k.get(0), k.get(1), k.get(2), k.get(3))));
		rowList.sort(Comparator.comparing(DealForecast.Row::period)
			.thenComparing(DealForecast.Row::label, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(DealForecast.Row::currency));
		List<DealForecast.Row> totalList = new ArrayList<>();
		totals.forEach((currency, sum) -> totalList.add(sum.row(null, null, null, currency)));
		totalList.sort(Comparator.comparing(DealForecast.Row::currency));
		return new DealForecast(period, by, settings.probabilities(), rowList, totalList);
	}

	/** Each stage with its count, its amount per currency and its first {@code cards} deals by close date. */
	public DealBoard board(DealCriteria criteria, int cards) {
		PipelineFilter filter = PipelineFilter.of(criteria, visibility.scope(), OPEN);
		List<StageTotal> totals = queries.stageTotals(filter);
		Map<UUID, String> partnerNames = new HashMap<>();
		List<DealBoard.Column> columns = new ArrayList<>();
		for (DealStage stage : DealStage.values()) {
			List<StageTotal> ofStage = totals.stream().filter(t -> t.stage() == stage)
				.sorted(Comparator.comparing(StageTotal::currency)).toList();
			long count = ofStage.stream().mapToLong(StageTotal::deals).sum();
			List<DealCard> first = count == 0 ? List.of()
					: queries.firstOfStage(filter, stage, Math.max(0, Math.min(cards, MAX_CARDS))).stream()
						.map(r -> card(r, partnerNames)).toList();
			columns.add(new DealBoard.Column(stage, settings.probability(stage), count,
					ofStage.stream().map(t -> new DealBoard.CurrencyAmount(t.currency(),
							t.amount().setScale(fractionDigits(t.currency()), RoundingMode.HALF_EVEN))).toList(), first));
		}
		return new DealBoard(columns);
	}

	/** Hands the matching deals (every status, like the list) to {@code sink} by close date, at most {@link #EXPORT_LIMIT}. */
	public void export(DealCriteria criteria, Consumer<DealCard> sink) {
		PipelineFilter filter = PipelineFilter.of(criteria, visibility.scope(), EnumSet.allOf(DealStatus.class));
		Map<UUID, String> partnerNames = new HashMap<>();
		queries.each(filter, EXPORT_LIMIT, r -> sink.accept(card(r, partnerNames)));
	}

	private DealCard card(PipelineRecord r, Map<UUID, String> partnerNames) {
		BigDecimal weighted = weighted(r.amount(), r.currency(),
				r.status() == DealStatus.WON ? BigDecimal.ONE : settings.probability(r.stage()));
		return new DealCard(r.id(), r.partnerId(), partnerNames.computeIfAbsent(r.partnerId(), owners::name),
				r.distributorId(), r.customerName(), r.customerDomain(), r.customerCountry(), r.customerCity(),
				r.amount(), r.currency(), weighted, r.expectedCloseDate(), r.stage(), r.status(), r.possibleConflict(),
				r.submittedAt(), r.approvedAt(), r.protectedUntil(),
				ProtectionCountdown.daysLeft(r.status(), r.protectedUntil(), clock), r.createdAt());
	}

	/** Rounded to the currency's minor unit (cents; none for yen). */
	static BigDecimal weighted(BigDecimal amount, String currency, BigDecimal probability) {
		return amount.multiply(probability).setScale(fractionDigits(currency), RoundingMode.HALF_EVEN);
	}

	static int fractionDigits(String currency) {
		try {
			return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		}
		catch (IllegalArgumentException unknown) {
			return 2;
		}
	}

	/** Running sums of one forecast row; rounded once at the end so that rounding does not add up. */
	private static final class Sum {

		private long deals;

		private BigDecimal amount = BigDecimal.ZERO;

		private BigDecimal weighted = BigDecimal.ZERO;

		void add(long deals, BigDecimal amount, BigDecimal weighted) {
			this.deals += deals;
			this.amount = this.amount.add(amount);
			this.weighted = this.weighted.add(weighted);
		}

		DealForecast.Row row(String period, String key, String label, String currency) {
			int digits = fractionDigits(currency);
			return new DealForecast.Row(period, key, label, currency, deals,
					amount.setScale(digits, RoundingMode.HALF_EVEN), weighted.setScale(digits, RoundingMode.HALF_EVEN));
		}
	}
}
