package org.openprm.partners.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Formula;
import org.hibernate.annotations.OptimisticLock;
import org.openprm.partners.Address;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;
import org.openprm.shared.FieldChange;
import org.openprm.shared.IllegalTransition;

/**
 * A partner organisation: the aggregate of the partner directory.
 */
@Entity
@Table(name = "partners")
public class Partner {

	@Id
	private UUID id;

	private String name;

	private String nameKey;

	/** The name key as an expression no index serves, for ordering search results (see PartnerSpecifications). */
	@Formula("name_key || ''")
	private String nameKeyUnindexed;

	private String legalName;

	@Enumerated(EnumType.STRING)
	private PartnerType type;

	@Enumerated(EnumType.STRING)
	private PartnerStatus status;

	private UUID parentId;

	private String country;

	/** Stored as ",a.com,b.com," so that one LIKE finds a whole entry. */
	private String domains;

	private String tags;

	// Collections do not bump the version by themselves: every edit also sets updatedAt, which does, and
	// Hibernate would otherwise bump it once more when it first writes the collections of a new partner.
	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "partner_addresses", joinColumns = @JoinColumn(name = "partner_id"))
	@OrderColumn(name = "position")
	private List<Location> addresses = new ArrayList<>();

	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "partner_attribute_values", joinColumns = @JoinColumn(name = "partner_id"))
	@MapKeyColumn(name = "attr_key")
	@Column(name = "attr_value")
	private Map<String, String> attributes = new LinkedHashMap<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	// A wrapper type: null marks a new aggregate, so that saving it inserts instead of merging.
	private Long version;

	protected Partner() {
	}

	public Partner(String name, PartnerType type, String country) {
		this.id = UUID.randomUUID();
		this.status = PartnerStatus.PROSPECT;
		this.createdAt = Instant.now();
		this.updatedAt = createdAt;
		this.name = name;
		this.nameKey = key(name);
		this.type = type;
		this.country = country;
		this.domains = ",";
		this.tags = ",";
	}

	public static String key(String text) {
		return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
	}

	/** Applies vendor-owned fields and returns what changed. */
	public FieldChange.Diff edit(String newName, String newLegalName, PartnerType newType, UUID newParentId,
			String newCountry, List<String> newDomains, List<String> newTags, List<Address> newAddresses,
			Map<String, String> newAttributes) {
		FieldChange.Diff diff = editProfile(newName, newLegalName, newDomains, newAddresses);
		diff.field("type", type, newType).field("parentId", parentId, newParentId).field("country", country, newCountry)
			.field("tags", tags(), newTags).field("attributes", attributes, new LinkedHashMap<>(newAttributes));
		this.type = newType;
		this.parentId = newParentId;
		this.country = newCountry;
		this.tags = join(newTags);
		this.attributes.clear();
		this.attributes.putAll(newAttributes);
		return diff;
	}

	/** Applies the fields a partner admin may change and returns what changed. */
	public FieldChange.Diff editProfile(String newName, String newLegalName, List<String> newDomains,
			List<Address> newAddresses) {
		FieldChange.Diff diff = new FieldChange.Diff().field("name", name, newName)
			.field("legalName", legalName, newLegalName)
			.field("domains", domains(), newDomains)
			.field("addresses", addresses(), newAddresses);
		this.name = newName;
		this.nameKey = key(newName);
		this.legalName = newLegalName;
		this.domains = join(newDomains);
		this.addresses.clear();
		newAddresses.stream().map(Location::of).forEach(this.addresses::add);
		this.updatedAt = Instant.now();
		return diff;
	}

	/** Every field as a change from nothing, for the record of a creation. */
	public FieldChange.Diff asCreated() {
		return new FieldChange.Diff().field("name", null, name).field("legalName", null, legalName)
			.field("type", null, type).field("status", null, status).field("parentId", null, parentId)
			.field("country", null, country).field("domains", null, domains())
			.field("tags", null, tags()).field("addresses", null, addresses()).field("attributes", null, attributes);
	}

	public FieldChange.Diff changeStatus(PartnerStatus target) {
		if (!status.canBecome(target)) {
			throw new IllegalTransition("Partner", status, target);
		}
		FieldChange.Diff diff = new FieldChange.Diff().field("status", status, target);
		this.status = target;
		this.updatedAt = Instant.now();
		return diff;
	}

	private static String join(List<String> values) {
		StringBuilder joined = new StringBuilder(",");
		values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).distinct()
			.forEach(v -> joined.append(v).append(','));
		return joined.toString();
	}

	private static List<String> split(String joined) {
		return Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String legalName() {
		return legalName;
	}

	public PartnerType type() {
		return type;
	}

	public PartnerStatus status() {
		return status;
	}

	public UUID parentId() {
		return parentId;
	}

	public String country() {
		return country;
	}

	public List<String> domains() {
		return split(domains);
	}

	public List<String> tags() {
		return split(tags);
	}

	public List<Address> addresses() {
		return addresses.stream().map(Location::toAddress).toList();
	}

	public Map<String, String> attributes() {
		return Map.copyOf(attributes);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** Persistent form of {@link Address}. */
	@Embeddable
	public static class Location {

		private String label;

		private String street;

		private String city;

		private String postalCode;

		private String region;

		private String country;

		private BigDecimal latitude;

		private BigDecimal longitude;

		protected Location() {
		}

		static Location of(Address address) {
			Location location = new Location();
			location.label = address.label();
			location.street = address.street();
			location.city = address.city();
			location.postalCode = address.postalCode();
			location.region = address.region();
			location.country = address.country();
			location.latitude = address.latitude();
			location.longitude = address.longitude();
			return location;
		}

		Address toAddress() {
			return new Address(label, street, city, postalCode, region, country, latitude, longitude);
		}
	}
}
