package org.openprm.leads.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How many open leads a partner takes at once, and the most its own admin may set ({@code maximum},
 * set by the vendor; null: the configured limit).
 */
@Entity
@Table(name = "lead_capacities")
public class LeadCapacity {

	@Id
	private UUID partnerId;

	private int capacity;

	private Integer maximum;

	@Version
	private long version;

	protected LeadCapacity() {
	}

	public LeadCapacity(UUID partnerId, int capacity, Integer maximum) {
		this.partnerId = partnerId;
		this.capacity = capacity;
		this.maximum = maximum;
	}

	public void set(int capacity, Integer maximum) {
		this.capacity = capacity;
		this.maximum = maximum;
	}

	public UUID partnerId() { return partnerId; }

	public int capacity() { return capacity; }

	public Integer maximum() { return maximum; }
}
