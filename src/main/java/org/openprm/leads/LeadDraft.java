package org.openprm.leads;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A lead as received (portal form, API, CSV row or the public web form). {@code programId} optionally
 * names the programme whose partners should get it; {@code companySize} is the number of employees.
 */
public record LeadDraft(String company, String contactName, String email, String phone, String country, String region,
		String postalCode, BigDecimal latitude, BigDecimal longitude, List<String> productInterest, String source,
		Integer companySize, BigDecimal estimatedValue, String currency, UUID programId) {
}
