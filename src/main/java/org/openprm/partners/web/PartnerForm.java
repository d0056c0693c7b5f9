package org.openprm.partners.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openprm.partners.Address;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerProfileDraft;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;

/**
 * The partner form: vendor staff fill every field; a partner admin's profile form uses the
 * name, legal name, domains and addresses only.
 */
public class PartnerForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String legalName;

	@NotNull
	private PartnerType type = PartnerType.RESELLER;

	private UUID parentId;

	@NotBlank
	@Pattern(regexp = "[A-Za-z]{2}", message = "{partner.country.pattern}")
	private String country;

	@Size(max = 900)
	private String domains = "";

	@Size(max = 900)
	private String tags = "";

	@Valid
	private List<AddressForm> addresses = new ArrayList<>();

	private Map<String, String> attributes = new LinkedHashMap<>();

	private Long version;

	public static PartnerForm of(PartnerView partner) {
		PartnerForm form = new PartnerForm();
		form.name = partner.name();
		form.legalName = partner.legalName();
		form.type = partner.type();
		form.parentId = partner.parentId();
		form.country = partner.country();
		form.domains = String.join(", ", partner.domains());
		form.tags = String.join(", ", partner.tags());
		partner.addresses().stream().map(AddressForm::of).forEach(form.addresses::add);
		form.attributes.putAll(partner.attributes());
		form.version = partner.version();
		return form;
	}

	/** Always offers one empty address row, so that a location can be added without scripts. */
	public PartnerForm withBlankAddress() {
		if (addresses.stream().noneMatch(AddressForm::isBlank)) {
			addresses.add(new AddressForm());
		}
		return this;
	}

	public PartnerDraft toDraft() {
		return new PartnerDraft(name, legalName, type, parentId, country, split(domains), split(tags), addressList(),
				attributes);
	}

	public PartnerProfileDraft toProfileDraft() {
		return new PartnerProfileDraft(name, legalName, split(domains), addressList());
	}

	private List<Address> addressList() {
		return addresses.stream().filter(a -> !a.isBlank()).map(AddressForm::toAddress).toList();
	}

	private static List<String> split(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLegalName() {
		return legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public PartnerType getType() {
		return type;
	}

	public void setType(PartnerType type) {
		this.type = type;
	}

	public UUID getParentId() {
		return parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getDomains() {
		return domains;
	}

	public void setDomains(String domains) {
		this.domains = domains;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public List<AddressForm> getAddresses() {
		return addresses;
	}

	public void setAddresses(List<AddressForm> addresses) {
		this.addresses = addresses;
	}

	public Map<String, String> getAttributes() {
		return attributes;
	}

	public void setAttributes(Map<String, String> attributes) {
		this.attributes = attributes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** One location row of the form; a row left entirely empty is ignored. */
	public static class AddressForm {

		@Size(max = 60)
		private String label;

		@Size(max = 200)
		private String street;

		@Size(max = 120)
		private String city;

		@Size(max = 20)
		private String postalCode;

		@Size(max = 120)
		private String region;

		@Pattern(regexp = "([A-Za-z]{2})?", message = "{partner.country.pattern}")
		private String country;

		@DecimalMin("-90")
		@DecimalMax("90")
		private BigDecimal latitude;

		@DecimalMin("-180")
		@DecimalMax("180")
		private BigDecimal longitude;

		static AddressForm of(Address address) {
			AddressForm form = new AddressForm();
			form.label = address.label();
			form.street = address.street();
			form.city = address.city();
			form.postalCode = address.postalCode();
			form.region = address.region();
			form.country = address.country();
			form.latitude = address.latitude();
			form.longitude = address.longitude();
			return form;
		}

		boolean isBlank() {
			return blank(label) && blank(street) && blank(city) && blank(postalCode) && blank(region) && blank(country)
					&& latitude == null && longitude == null;
		}

		Address toAddress() {
			return new Address(trim(label), trim(street), trim(city), trim(postalCode), trim(region),
					country == null ? null : country.trim().toUpperCase(), latitude, longitude);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		private static String trim(String text) {
			return blank(text) ? null : text.trim();
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getStreet() {
			return street;
		}

		public void setStreet(String street) {
			this.street = street;
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

		public String getRegion() {
			return region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public String getCountry() {
			return country;
		}

		public void setCountry(String country) {
			this.country = country;
		}

		public BigDecimal getLatitude() {
			return latitude;
		}

		public void setLatitude(BigDecimal latitude) {
			this.latitude = latitude;
		}

		public BigDecimal getLongitude() {
			return longitude;
		}

		public void setLongitude(BigDecimal longitude) {
			this.longitude = longitude;
		}
	}
}
