package org.openprm.leads.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Embeddable;

/**
 * What was received about the lead's company and contact.
 */
@Embeddable
public class LeadDetails {

	private String company;

	private String contactName;

	private String email;

	private String phone;

	private String country;

	private String region;

	private String postalCode;

	private Double latitude;

	private Double longitude;

	private String productInterest;

	private String source;

	private Integer companySize;

	private BigDecimal estimatedValue;

	private String currency;

	protected LeadDetails() {
	}

	public LeadDetails(String company, String contactName, String email, String phone, String country, String region,
			String postalCode, Double latitude, Double longitude, List<String> productInterest, String source,
			Integer companySize, BigDecimal estimatedValue, String currency) {
		this.company = company;
		this.contactName = contactName;
		this.email = email;
		this.phone = phone;
		this.country = country;
		this.region = region;
		this.postalCode = postalCode;
		this.latitude = latitude;
		this.longitude = longitude;
		this.productInterest = productInterest == null || productInterest.isEmpty() ? null : String.join(",", productInterest);
		this.source = source;
		this.companySize = companySize;
		this.estimatedValue = estimatedValue;
		this.currency = currency;
	}

	public String company() {
		return company;
	}

	public String contactName() {
		return contactName;
	}

	public String email() {
		return email;
	}

	public String phone() {
		return phone;
	}

	public String country() {
		return country;
	}

	public String region() {
		return region;
	}

	public String postalCode() {
		return postalCode;
	}

	public Double latitude() {
		return latitude;
	}

	public Double longitude() {
		return longitude;
	}

	public List<String> productInterest() {
		return productInterest == null ? List.of() : Arrays.asList(productInterest.split(","));
	}

	public String source() {
		return source;
	}

	public Integer companySize() {
		return companySize;
	}

	public BigDecimal estimatedValue() {
		return estimatedValue;
	}

	public String currency() {
		return currency;
	}
}
