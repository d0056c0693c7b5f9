package org.openprm.deals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.openprm.deals.EndCustomer;

/**
 * The end customer as stored on a registration.
 */
@Embeddable
class CustomerColumns {

	@Column(name = "customer_name")
	private String name;

	@Column(name = "customer_domain")
	private String domain;

	@Column(name = "customer_country")
	private String country;

	@Column(name = "customer_city")
	private String city;

	@Column(name = "customer_postal_code")
	private String postalCode;

	@Column(name = "customer_street")
	private String street;

	@Column(name = "customer_contact_name")
	private String contactName;

	@Column(name = "customer_contact_email")
	private String contactEmail;

	@Column(name = "customer_phone")
	private String phone;

	protected CustomerColumns() {
	}

	CustomerColumns(EndCustomer customer) {
		this.name = customer.name();
		this.domain = customer.domain();
		this.country = customer.country();
		this.city = customer.city();
		this.postalCode = customer.postalCode();
		this.street = customer.street();
		this.contactName = customer.contactName();
		this.contactEmail = customer.contactEmail();
		this.phone = customer.phone();
	}

	EndCustomer toCustomer() {
		return new EndCustomer(name, domain, country, city, postalCode, street, contactName, contactEmail, phone);
	}
}
