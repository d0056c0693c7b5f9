package org.openprm.leads;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of lead distribution ({@code prm.leads.*}).
 *
 * @param qualification how a lead is scored and which score it needs to be distributed
 * @param routing filter settings and score weights
 * @param sla acceptance windows, reminders and staleness
 * @param defaultCapacity open leads a partner takes unless the vendor set another capacity
 * @param partnerCapacityLimit the highest capacity a partner admin may set for its own organisation
 * @param currencies the currencies an estimated value may have
 */
@ConfigurationProperties("prm.leads")
public record LeadSettings(@DefaultValue Qualification qualification, @DefaultValue Routing routing,
		@DefaultValue Sla sla, @DefaultValue("20") int defaultCapacity, @DefaultValue("50") int partnerCapacityLimit,
		@DefaultValue({ "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN" }) List<String> currencies) {

	/**
	 * @param threshold the score a lead needs to be distributed (0-100), unless its programme has its own
	 * @param programThresholds thresholds by programme key
	 * @param completenessPoints points for a lead with every field filled (proportionally fewer for fewer)
	 * @param companySizePoints points by the smallest number of employees that earns them
	 * @param productPoints points for each product interest among {@code products} (at most twice)
	 * @param products the products the vendor sells
	 * @param sourcePoints points by lead source (lower case)
	 * @param countryPoints points by country (ISO code); other countries earn {@code otherCountryPoints}
	 */
	public record Qualification(@DefaultValue("40") int threshold, @DefaultValue({}) Map<String, Integer> programThresholds,
			@DefaultValue("30") int completenessPoints,
			@DefaultValue({}) Map<Integer, Integer> companySizePoints, @DefaultValue("10") int productPoints,
			@DefaultValue({ "networking", "security", "wireless", "cloud", "managed-services" }) List<String> products,
			@DefaultValue({}) Map<String, Integer> sourcePoints, @DefaultValue({}) Map<String, Integer> countryPoints,
			@DefaultValue("10") int otherCountryPoints) {
	}

	/**
	 * @param version the rule version stored with every explanation; change it when the rules change
	 * @param weights score weights: distance, performance, tier, load, fairness
	 * @param programId partners must belong to this programme unless the lead names its own
	 * @param minimumTierRank partners must hold at least this tier rank in that programme
	 * @param segmentId partners must be members of this segment
	 * @param fairnessWindow how far back assignments count for fairness
	 * @param snapshotRefresh how often the in-memory partner snapshot is rebuilt at the latest
	 */
	public record Routing(@DefaultValue("v1") String version, @DefaultValue Weights weights, UUID programId,
			@DefaultValue("0") int minimumTierRank, UUID segmentId, @DefaultValue("30d") Duration fairnessWindow,
			@DefaultValue("5m") Duration snapshotRefresh) {
	}

	public record Weights(@DefaultValue("0.3") double distance, @DefaultValue("0.2") double performance,
			@DefaultValue("0.15") double tier, @DefaultValue("0.15") double load, @DefaultValue("0.2") double fairness) {
	}

	/**
	 * @param acceptanceWindow business time a partner has to accept an offered lead
	 * @param programAcceptanceWindows windows by programme key
	 * @param reminderBefore business time before the window ends when the partner is reminded
	 * @param staleDays days without a status update after which the partner is nudged
	 * @param recallAfterNudgeDays days after the nudge without an update after which the lead is recalled
	 * @param interval how often the SLA job runs
	 */
	public record Sla(@DefaultValue("48h") Duration acceptanceWindow,
			@DefaultValue({}) Map<String, Duration> programAcceptanceWindows, @DefaultValue("8h") Duration reminderBefore,
			@DefaultValue("7") int staleDays, @DefaultValue("3") int recallAfterNudgeDays,
			@DefaultValue("5m") Duration interval) {
	}
}
