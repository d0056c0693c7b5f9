package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openprm.deals.DealManagement;
import org.openprm.deals.DealStatus;
import org.openprm.deals.DealView;
import org.openprm.funds.domain.FundRequest;
import org.openprm.identity.CurrentActor;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return on funded activities: deals are linked to a fund request by hand (the deal must be the same
 * partner's); spend, pipeline and won revenue are reported per activity, partner, programme and theme.
 * Leads are linked by campaign code and lead ids on the claim (no dependency on the leads module).
 */
@Service
@Transactional
public class FundRoi {

	private static final Set<DealStatus> LOST = Set.of(DealStatus.REJECTED, DealStatus.LOST, DealStatus.EXPIRED,
			DealStatus.WITHDRAWN);

	private final FundRequests requests;

	private final FundManagement funds;

	private final DealManagement deals;

	private final ExchangeRates rates;

	private final JdbcClient jdbc;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.openprm.partners.PartnerManagement partners;

	FundRoi(FundRequests requests, FundManagement funds, DealManagement deals, ExchangeRates rates, JdbcClient jdbc,
			CurrentActor actors, ApplicationEventPublisher events, Clock clock, org.openprm.partners.PartnerManagement partners) {
		this.partners = partners;
		this.requests = requests;
		this.funds = funds;
		this.deals = deals;
		this.rates = rates;
		this.jdbc = jdbc;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Links a deal registration of the same partner to a funded activity. */
	public void link(UUID requestId, UUID registrationId) {
		FundRequest request = requests.writable(requestId);
		if (registrationId == null) {
			throw InvalidInput.of("registrationId", "is required", "required");
		}
		DealView deal;
		try {
			deal = deals.registration(registrationId);
		}
		catch (RecordNotFound missing) {
			throw InvalidInput.of("registrationId", "is not a deal registration you can see", "funds.roi.deal");
		}
		if (!request.partnerId().equals(deal.partnerId())) {
			throw InvalidInput.of("registrationId", "belongs to another partner than the activity", "funds.roi.deal");
		}
		int added = jdbc.sql("INSERT INTO fund_deal_links (request_id, registration_id, linked_at, linked_by) "
				+ "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM fund_deal_links WHERE request_id = ? AND registration_id = ?)")
			.params(requestId, registrationId, clock.instant().atOffset(java.time.ZoneOffset.UTC), actors.get().email(),
					requestId, registrationId)
			.update();
		if (added == 0) {
			throw new Conflict("The deal is already linked to this activity.");
		}
		events.publishEvent(new FundChanged(FundRequests.TYPE, requestId.toString(), request.partnerId(), "deal-linked",
				new FieldChange.Diff().field("deal", null, registrationId).changes()));
	}

	/** ROI lines per activity, partner, programme and theme over the requests in the caller's scope. */
	@Transactional(readOnly = true)
	public List<RoiLine> report() {
		Map<String, RoiLine> lines = new LinkedHashMap<>();
		Map<UUID, FundView> fundsById = new LinkedHashMap<>();
		funds.funds().forEach(f -> fundsById.put(f.id(), f));
		for (FundRequestView request : requests.requests()) {
			FundView fund = fundsById.get(request.fundId());
			if (fund == null || request.reservedAmount() == null) {
				continue;
			}
			RoiLine activity = activity(request, fund.currency());
			add(lines, activity, "activity", request.id().toString(), request.title());
			add(lines, activity, "partner", request.partnerId().toString(), partners.partner(request.partnerId()).name());
			add(lines, activity, "programme", String.valueOf(fund.programId()), fund.programId() == null ? "-" : fund.programId().toString());
			add(lines, activity, "theme", request.theme(), request.theme());
		}
		return new ArrayList<>(lines.values());
	}

	private RoiLine activity(FundRequestView request, String currency) {
		BigDecimal spend = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM fund_ledger WHERE request_id = ? AND entry_type = 'CLAIM_APPROVAL'")
			.param(request.id()).query(BigDecimal.class).single();
		BigDecimal pipeline = BigDecimal.ZERO;
		BigDecimal won = BigDecimal.ZERO;
		int count = 0;
		int unconverted = 0;
		for (UUID id : jdbc.sql("SELECT registration_id FROM fund_deal_links WHERE request_id = ?").param(request.id())
			.query(UUID.class).list()) {
			DealView deal = deals.registration(id);
			if (LOST.contains(deal.status()) || deal.amount() == null) {
				continue;
			}
			try {
				BigDecimal amount = rates.convert("currency", deal.amount(), deal.currency(), currency,
						java.time.LocalDate.now(clock)).amount();
				pipeline = pipeline.add(amount);
				won = deal.status() == DealStatus.WON ? won.add(amount) : won;
				count++;
			}
			catch (InvalidInput noRate) {
				unconverted++;
			}
		}
		return new RoiLine("activity", request.id().toString(), request.title(), currency, spend, pipeline, won, count,
				unconverted);
	}

	private static void add(Map<String, RoiLine> lines, RoiLine activity, String dimension, String key, String label) {
		RoiLine line = new RoiLine(dimension, key, label, activity.currency(), activity.spend(), activity.pipeline(),
				activity.won(), activity.deals(), activity.unconverted());
		lines.merge(dimension + ":" + key + ":" + activity.currency(), line, RoiLine::plus);
	}
}
