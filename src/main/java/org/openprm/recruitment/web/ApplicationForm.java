package org.openprm.recruitment.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

import org.openprm.partners.PartnerType;
import org.openprm.recruitment.ApplicationDraft;

/**
 * The public "become a partner" form. {@code nickname} is the honeypot: hidden from people, filled by bots.
 */
public class ApplicationForm {

	private String company;
	private String website;
	private String country;
	private String regions;
	private PartnerType partnerType;
	private String capabilities;
	private String products;
	private java.util.UUID programmeId;
	private BigDecimal expectedYearlyVolume;
	private String currency = "EUR";
	private String contactName;
	private String contactEmail;
	private String contactPhone;
	private boolean consent;
	private String nickname;

	ApplicationDraft toDraft(Locale locale) {
		return new ApplicationDraft(company, website, country,
				regions == null ? null : Arrays.asList(regions.split("[,;]")), partnerType, capabilities, products, programmeId,
				expectedYearlyVolume, currency, contactName, contactEmail, contactPhone, consent, locale);
	}

	public String getCompany() { return company; }
	public void setCompany(String company) { this.company = company; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getRegions() { return regions; }
	public void setRegions(String regions) { this.regions = regions; }
	public PartnerType getPartnerType() { return partnerType; }
	public void setPartnerType(PartnerType partnerType) { this.partnerType = partnerType; }
	public String getCapabilities() { return capabilities; }
	public void setCapabilities(String capabilities) { this.capabilities = capabilities; }
	public String getProducts() { return products; }
	public void setProducts(String products) { this.products = products; }
	public java.util.UUID getProgrammeId() { return programmeId; }
	public void setProgrammeId(java.util.UUID programmeId) { this.programmeId = programmeId; }
	public BigDecimal getExpectedYearlyVolume() { return expectedYearlyVolume; }
	public void setExpectedYearlyVolume(BigDecimal expectedYearlyVolume) { this.expectedYearlyVolume = expectedYearlyVolume; }
	public String getCurrency() { return currency; }
	public void setCurrency(String currency) { this.currency = currency; }
	public String getContactName() { return contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public boolean isConsent() { return consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
	public String getNickname() { return nickname; }
	public void setNickname(String nickname) { this.nickname = nickname; }
}
