package org.openprm.deals.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.openprm.shared.FieldChange;

/**
 * A product of the vendor's catalogue with its list price per currency, for the lines of deals.
 */
@Entity
@Table(name = "deal_products")
public class Product {

	@Id
	private UUID id;

	private String code;

	private String name;

	private boolean active;

	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "deal_product_prices", joinColumns = @JoinColumn(name = "product_id"))
	@MapKeyColumn(name = "currency")
	@Column(name = "price")
	private Map<String, BigDecimal> prices = new TreeMap<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Product() {
	}

	public Product(String code, Instant now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public FieldChange.Diff edit(String newName, boolean newActive, Map<String, BigDecimal> newPrices, Instant now) {
		FieldChange.Diff diff = new FieldChange.Diff().field("name", name, newName).field("active", active, newActive)
			.field("prices", prices(), new TreeMap<>(newPrices));
		this.name = newName;
		this.active = newActive;
		this.prices.clear();
		this.prices.putAll(newPrices);
		if (!diff.isEmpty()) {
			this.updatedAt = now;
		}
		return diff;
	}

	public UUID id() {
		return id;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public boolean active() {
		return active;
	}

	public Map<String, BigDecimal> prices() {
		Map<String, BigDecimal> plain = new TreeMap<>();
		prices.forEach((currency, price) -> plain.put(currency, price.stripTrailingZeros()));
		return plain;
	}

	public long version() {
		return version == null ? 0 : version;
	}
}
