package org.openprm.datagen;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.openprm.identity.Role;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;

/**
 * What the steps share: the options, the loader, the feeder files, the records earlier steps made (so
 * later steps can refer to them by id), and a random source seeded per step.
 */
public final class GenerationContext {

	/**
	 * The data set's "now": the start of the day it is generated (UTC), so that the same seed gives the same
	 * rows all day and nothing the application's timers watch (offers, reviews, protections) is already due
	 * when a benchmark starts on it; a fixed date fell due as the days passed and set the timers working
	 * during the measurements.
	 */
	public static final Instant NOW = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);

	/** Every generated login has this password; the feeder files repeat it for the load tests. */
	public static final String PASSWORD = "bench-password";

	private final GeneratorOptions options;

	private final TableLoader loader;

	private final FeederFiles feeders;

	private final String passwordHash;

	private final List<Partner> partners = new ArrayList<>();

	private final List<Person> people = new ArrayList<>();

	private Random random;

	private List<Person> vendorAdmins;

	GenerationContext(GeneratorOptions options, TableLoader loader, FeederFiles feeders, String passwordHash) {
		this.options = options;
		this.loader = loader;
		this.feeders = feeders;
		this.passwordHash = passwordHash;
	}

	/** A partner organisation as later steps need it. */
	public record Partner(UUID id, String name, String domain, PartnerType type, PartnerStatus status, String country,
			String city, UUID parentId, Instant createdAt) {
	}

	/** A login (vendor staff or partner person) as later steps need it. */
	public record Person(UUID id, String email, Role role, UUID partnerId, Instant createdAt) {
	}

	// Each step gets its own sequence, so a new step never changes the rows of the steps before it.
	void startStep(GeneratorStep step) {
		random = new Random(options.seed() * 1_000_003L + step.name().hashCode());
	}

	public GeneratorOptions options() {
		return options;
	}

	public TableLoader loader() {
		return loader;
	}

	public FeederFiles feeders() {
		return feeders;
	}

	/** The stored form of {@link #PASSWORD}, computed once: hashing 100,000 times would take minutes. */
	public String passwordHash() {
		return passwordHash;
	}

	public List<Partner> partners() {
		return partners;
	}

	public List<Person> people() {
		return people;
	}

	public Random random() {
		return random;
	}

	/** A random (version 4) UUID drawn from the seeded sequence. */
	public UUID uuid() {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	public Instant daysAgo(int maxDays) {
		return NOW.minus(Duration.ofMinutes(random.nextInt(maxDays * 24 * 60) + 1L));
	}

	public <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	public <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	public boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	public List<Person> vendorStaff() {
		return people.stream().filter(p -> p.partnerId() == null).toList();
	}

	public Person anyVendorAdmin() {
		if (vendorAdmins == null) {
			vendorAdmins = people.stream().filter(p -> p.role() == Role.VENDOR_ADMIN).toList();
		}
		return pick(vendorAdmins);
	}
}
