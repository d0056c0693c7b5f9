package org.openprm.datagen;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;

/**
 * What a generated registration looks like: status by age, stage, products and amounts, currency by
 * country, protection that does not end while the benchmark runs.
 */
final class DealShapes {

	private record ProductLine(String code, String name, int price) {
	}

	private static final List<ProductLine> PRODUCTS = List.of(new ProductLine("SW-24", "Switch 24 port", 1200),
			new ProductLine("SW-48", "Switch 48 port", 2100), new ProductLine("RT-10", "Edge router", 3400),
			new ProductLine("FW-5", "Firewall appliance", 5200), new ProductLine("AP-6", "Wi-Fi 6 access point", 450),
			new ProductLine("SUP-1Y", "Support, one year", 900), new ProductLine("LIC-SEC", "Security licence", 60),
			new ProductLine("SRV-PS", "Professional services day", 1400));

	private DealShapes() {
	}

	static DealStatus status(GenerationContext context, Instant created) {
		long ageDays = Duration.between(created, GenerationContext.NOW).toDays();
		int ticket = context.random().nextInt(100);
		if (ageDays <= 3) {
			return pick(ticket, DealStatus.SUBMITTED, 40, DealStatus.IN_REVIEW, 20, DealStatus.MORE_INFO_REQUESTED, 10,
					DealStatus.APPROVED, 25, DealStatus.REJECTED, 5);
		}
		if (ageDays <= 90) {
			return pick(ticket, DealStatus.APPROVED, 60, DealStatus.WON, 10, DealStatus.LOST, 8, DealStatus.REJECTED, 7,
					DealStatus.WITHDRAWN, 5, DealStatus.MORE_INFO_REQUESTED, 3, DealStatus.IN_REVIEW, 2,
					DealStatus.SUBMITTED, 5);
		}
		return pick(ticket, DealStatus.WON, 35, DealStatus.LOST, 25, DealStatus.EXPIRED, 20, DealStatus.REJECTED, 10,
				DealStatus.WITHDRAWN, 5, DealStatus.APPROVED, 5);
	}

	private static DealStatus pick(int ticket, Object... statusesAndWeights) {
		int left = ticket;
		for (int i = 0; i < statusesAndWeights.length; i += 2) {
			left -= (Integer) statusesAndWeights[i + 1];
			if (left < 0) {
				return (DealStatus) statusesAndWeights[i];
			}
		}
		return (DealStatus) statusesAndWeights[statusesAndWeights.length - 2];
	}

	static DealStage stage(GenerationContext context, DealStatus status) {
		return status == DealStatus.WON ? DealStage.COMMIT : context.pick(DealStage.values());
	}

	/** Ended ones ended after their 90 days; an approved one keeps at least 30 days, so no job touches it during a run. */
	static Instant protectedUntil(GenerationContext context, DealStatus status, Instant approved) {
		Instant normal = approved.plus(Duration.ofDays(90));
		if (status != DealStatus.APPROVED) {
			return normal;
		}
		Instant soonest = GenerationContext.NOW.plus(Duration.ofDays(30 + context.random().nextInt(60)));
		return normal.isAfter(soonest) ? normal : soonest;
	}

	static String reason(DealStatus status) {
		return switch (status) {
			case LOST -> "Lost to a competitor on price";
			case REJECTED -> "Customer is already served by direct sales";
			default -> null;
		};
	}

	/** One to three lines; yen prices without decimals, all others as in euros. */
	static List<Object[]> lines(GenerationContext context, UUID registrationId, String currency) {
		int count = 1 + context.random().nextInt(3);
		List<Object[]> lines = new ArrayList<>();
		for (int position = 0; position < count; position++) {
			ProductLine product = context.pick(PRODUCTS);
			int price = currency.equals("JPY") ? product.price() * 150 : product.price();
			lines.add(new Object[] { registrationId, position, product.code(), product.name(),
					BigDecimal.valueOf(1 + context.random().nextInt(50)), BigDecimal.valueOf(price) });
		}
		return lines;
	}

	static String currency(String country) {
		return switch (country) {
			case "DE", "FR", "NL", "ES", "IT", "AT", "IE", "FI", "BE" -> "EUR";
			case "GB" -> "GBP";
			case "CH" -> "CHF";
			case "SE" -> "SEK";
			case "NO" -> "NOK";
			case "DK" -> "DKK";
			case "PL" -> "PLN";
			case "CA" -> "CAD";
			case "AU" -> "AUD";
			case "JP" -> "JPY";
			default -> "USD";
		};
	}
}
