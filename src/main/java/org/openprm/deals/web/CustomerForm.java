package org.openprm.deals.web;

import jakarta.validation.constraints.Size;

import org.openprm.deals.EndCustomer;

/**
 * The end customer part of the register form, also what the live conflict check posts. Required
 * fields and formats are the facade's rules; only lengths are checked here.
 */
public class CustomerForm {

	@Size(max = 200)
	private String name;

	@Size(max = 253)
	private String domain;

	@Size(max = 2)
	private String country;

	@Size(max = 120)
	private String city;

	@Size(max = 20)
	private String postalCode;

	@Size(max = 200)
	private String street;

	@Size(max = 200)
	private String contactName;

	@Size(max = 320)
	private String contactEmail;

	@Size(max = 40)
	private String phone;

	EndCustomer toCustomer() {
		return new EndCustomer(name, domain, country, city, postalCode, street, contactName, contactEmail, phone);
	}

	/** Too little to compare with anything yet: no name, domain, e-mail or phone. */
	boolean isTooVague() {
		return blank(name) && blank(domain) && blank(contactEmail) && blank(phone);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDomain() {
		return domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}
}
