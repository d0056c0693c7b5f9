package org.openprm.recruitment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.openprm.partners.PartnerType;

/**
 * The company part of an application, cleaned up: trimmed texts, upper-case country, the website's domain.
 */
public record ApplicationFacts(String company, String website, String domain, String country, List<String> regions,
		PartnerType partnerType, String capabilities, String products, UUID programmeId, BigDecimal expectedVolume,
		String currency) {
}
