package org.openprm.leads.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openprm.leads.LeadDraft;

/**
 * The vendor's "new lead" form; product interests are entered comma-separated.
 */
public class LeadForm {

	@NotBlank
	@Size(max = 200)
	private String company;

	@Size(max = 200)
	private String contactName;

	@Email
	@Size(max = 320)
	private String email;

	@Size(max = 40)
	private String phone;

	@Pattern(regexp = "([A-Za-z]{2})?", message = "{lead.country.pattern}")
	private String country;

	@Size(max = 120)
	private String region;

	@Size(max = 20)
	private String postalCode;

	@DecimalMin("-90")
	@DecimalMax("90")
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	private BigDecimal longitude;

	@Size(max = 500)
	private String productInterest;

	@Size(max = 60)
	private String source;

	@DecimalMin("0")
	private BigDecimal estimatedValue;

	private String currency = "EUR";

	LeadDraft toDraft() {
		List<String> interests = productInterest == null || productInterest.isBlank() ? List.of()
				: Arrays.stream(productInterest.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		return new LeadDraft(company, contactName, email, phone, country == null ? null : country.toUpperCase(), region,
				postalCode, latitude, longitude, interests, source, null, estimatedValue,
				estimatedValue == null ? null : currency, null);
	}

	public String getCompany() { return company; }

	public void setCompany(String company) { this.company = company; }

	public String getContactName() { return contactName; }

	public void setContactName(String contactName) { this.contactName = contactName; }

	public String getEmail() { return email; }

	public void setEmail(String email) { this.email = email; }

	public String getPhone() { return phone; }

	public void setPhone(String phone) { this.phone = phone; }

	public String getCountry() { return country; }

	public void setCountry(String country) { this.country = country; }

	public String getRegion() { return region; }

	public void setRegion(String region) { this.region = region; }

	public String getPostalCode() { return postalCode; }

	public void setPostalCode(String postalCode) { this.postalCode = postalCode; }

	public BigDecimal getLatitude() { return latitude; }

	public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }

	public BigDecimal getLongitude() { return longitude; }

	public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }

	public String getProductInterest() { return productInterest; }

	public void setProductInterest(String productInterest) { this.productInterest = productInterest; }

	public String getSource() { return source; }

	public void setSource(String source) { this.source = source; }

	public BigDecimal getEstimatedValue() { return estimatedValue; }

	public void setEstimatedValue(BigDecimal estimatedValue) { this.estimatedValue = estimatedValue; }

	public String getCurrency() { return currency; }

	public void setCurrency(String currency) { this.currency = currency; }
}
