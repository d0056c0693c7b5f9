package org.openprm.recruitment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openprm.partners.PartnerType;

/**
 * What an applicant enters on the public form or sends to the public API.
 *
 * @param regions the regions the company serves, e.g. {@code DACH}, {@code EMEA}
 * @param programmeId the programme it is interested in, or null
 * @param consent whether it agreed to the consent text, which the application keeps
 * @param locale the language it saw the consent text in
 */
public record ApplicationDraft(String company, String website, String country, List<String> regions,
		PartnerType partnerType, String capabilities, String products, UUID programmeId, BigDecimal expectedYearlyVolume,
		String currency, String contactName, String contactEmail, String contactPhone, boolean consent, Locale locale) {
}
