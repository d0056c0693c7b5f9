package org.openprm.deals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of deal registration ({@code prm.deals.*}); README.md lists them with their defaults.
 *
 * @param protectionDays how long an approved registration protects its customer
 * @param approvalDeadline how long the vendor has to decide on a submitted registration
 * @param approvalReminder how long after submission channel managers are reminded of an undecided one
 * @param expiryReminderDays how many days before the end of protection the partner is reminded
 * @param extensionDays the longest extension a partner may ask for at once
 * @param activityExtensionDays when above 0, an update by the partner keeps at least this many days of protection
 * @param currencies the ISO 4217 currencies deals may be registered in
 * @param maxAmount the largest amount a registration may have (anything above is a typing error)
 * @param distributorRequired whether a reseller must name the distributor it buys through
 * @param autoApproval approval without review for small, unconflicted registrations
 */
@ConfigurationProperties("prm.deals")
public record DealSettings(@DefaultValue("90") int protectionDays, @DefaultValue("48h") Duration approvalDeadline,
		@DefaultValue("24h") Duration approvalReminder, @DefaultValue({ "14", "3" }) List<Integer> expiryReminderDays,
		@DefaultValue("90") int extensionDays, @DefaultValue("0") int activityExtensionDays,
		@DefaultValue({ "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN" }) List<String> currencies,
		@DefaultValue("1000000000") BigDecimal maxAmount, @DefaultValue("false") boolean distributorRequired,
		@DefaultValue AutoApproval autoApproval) {

	/**
	 * @param enabled whether registrations are ever approved without review
	 * @param maxAmount the largest amount (in the registration's currency) approved without review
	 */
	public record AutoApproval(@DefaultValue("false") boolean enabled, @DefaultValue("25000") BigDecimal maxAmount) {
	}

	public boolean allowsCurrency(String code) {
		return code != null && currencies.stream().anyMatch(c -> c.equalsIgnoreCase(code.trim()));
	}

	public String normalisedCurrency(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}
}
