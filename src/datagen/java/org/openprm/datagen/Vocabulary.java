package org.openprm.datagen;

import java.util.List;

/**
 * Words the generated records are made of: company names, places, people, tags. Names combine a
 * prefix, a trade and a city, so a search for one word finds a realistic handful of partners.
 */
final class Vocabulary {

	static final List<String> PREFIXES = List.of("Northwind", "Blue Harbor", "Summit", "Alpine", "Atlas", "Beacon",
			"Cedar", "Clearwater", "Cobalt", "Crescent", "Delta", "Evergreen", "Falcon", "Granite", "Horizon", "Ironwood",
			"Juniper", "Keystone", "Lakeside", "Lighthouse", "Maple", "Meridian", "Nova", "Oakridge", "Orion", "Pacific",
			"Pinnacle", "Polar", "Quantum", "Redwood", "Riverbend", "Sapphire", "Sierra", "Silverline", "Skyline",
			"Stonebridge", "Sunrise", "Tidewater", "Trident", "Vanguard", "Vertex", "Westfield", "Willow", "Zenith",
			"Aurora", "Bluebird", "Copperfield", "Eastgate", "Foxglove", "Highland", "Ivory", "Kingsway", "Lionheart",
			"Millstone", "Nordic", "Pioneer", "Rainier", "Seaview", "Thornbury", "Union");

	static final List<String> TRADES = List.of("Networks", "Systems", "Solutions", "Technologies", "IT", "Data",
			"Connect", "Cloud", "Digital", "Infrastructure", "Security", "Consulting", "Computing", "Telecom",
			"Integration", "Services", "Labs", "Group", "Partners", "Communications");

	static final List<String> TAGS = List.of("networking", "security", "cloud", "wireless", "smb", "enterprise",
			"public-sector", "managed-services", "integration", "consulting", "education", "healthcare", "retail",
			"manufacturing", "finance");

	static final List<String> FOCUS = List.of("SMB", "Mid-market", "Enterprise", "Public sector");

	static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Clara", "David", "Elena", "Felix", "Grace",
			"Hugo", "Ines", "Jonas", "Kira", "Liam", "Mia", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Sam", "Tara",
			"Umar", "Vera", "Will", "Xenia", "Yusuf", "Zoe", "Aisha", "Bruno", "Chen", "Dana", "Emil", "Fatima",
			"Gustav", "Hana", "Ivan", "Julia", "Kenji", "Lena", "Marco", "Nina");

	static final List<String> LAST_NAMES = List.of("Schmidt", "Miller", "Garcia", "Rossi", "Dubois", "Nowak",
			"Jensen", "Smith", "Tanaka", "Silva", "Kowalski", "Murphy", "Novak", "Weber", "Lopez", "Martin", "Berg",
			"Fischer", "Costa", "Wagner", "Brown", "Larsen", "Moreau", "Kim", "Singh", "Meyer", "Ivanova", "Young",
			"Hansen", "Fernandez");

	static final List<String> STREETS = List.of("Main Street", "Market Street", "Station Road", "Harbour Way",
			"Park Avenue", "Church Street", "High Street", "Mill Lane", "King Street", "Bridge Road", "Oak Avenue",
			"Lake Drive");

	/** Country, legal form, weight (partners per 100), and cities with coordinates. */
	record Country(String code, String legalForm, int weight, List<City> cities) {
	}

	record City(String name, double latitude, double longitude) {
	}

	static final List<Country> COUNTRIES = List.of(
			new Country("US", "Inc.", 22, List.of(new City("New York", 40.7128, -74.006), new City("Chicago", 41.8781, -87.6298),
					new City("Austin", 30.2672, -97.7431), new City("Seattle", 47.6062, -122.3321), new City("Boston", 42.3601, -71.0589))),
			new Country("DE", "GmbH", 12, List.of(new City("Berlin", 52.52, 13.405), new City("Munich", 48.1351, 11.582),
					new City("Hamburg", 53.5511, 9.9937), new City("Cologne", 50.9375, 6.9603))),
			new Country("GB", "Ltd", 9, List.of(new City("London", 51.5074, -0.1278), new City("Manchester", 53.4808, -2.2426),
					new City("Leeds", 53.8008, -1.5491))),
			new Country("FR", "SAS", 7, List.of(new City("Paris", 48.8566, 2.3522), new City("Lyon", 45.764, 4.8357),
					new City("Toulouse", 43.6047, 1.4442))),
			new Country("NL", "B.V.", 4, List.of(new City("Amsterdam", 52.3676, 4.9041), new City("Rotterdam", 51.9244, 4.4777))),
			new Country("ES", "S.L.", 4, List.of(new City("Madrid", 40.4168, -3.7038), new City("Barcelona", 41.3874, 2.1686))),
			new Country("IT", "S.r.l.", 4, List.of(new City("Milan", 45.4642, 9.19), new City("Rome", 41.9028, 12.4964))),
			new Country("AT", "GmbH", 2, List.of(new City("Vienna", 48.2082, 16.3738), new City("Graz", 47.0707, 15.4395))),
			new Country("CH", "AG", 2, List.of(new City("Zurich", 47.3769, 8.5417), new City("Geneva", 46.2044, 6.1432))),
			new Country("SE", "AB", 2, List.of(new City("Stockholm", 59.3293, 18.0686), new City("Gothenburg", 57.7089, 11.9746))),
			new Country("PL", "Sp. z o.o.", 3, List.of(new City("Warsaw", 52.2297, 21.0122), new City("Krakow", 50.0647, 19.945))),
			new Country("CA", "Inc.", 4, List.of(new City("Toronto", 43.6532, -79.3832), new City("Vancouver", 49.2827, -123.1207))),
			new Country("BR", "Ltda", 3, List.of(new City("Sao Paulo", -23.5505, -46.6333), new City("Rio de Janeiro", -22.9068, -43.1729))),
			new Country("MX", "S.A. de C.V.", 2, List.of(new City("Mexico City", 19.4326, -99.1332))),
			new Country("JP", "K.K.", 4, List.of(new City("Tokyo", 35.6762, 139.6503), new City("Osaka", 34.6937, 135.5023))),
			new Country("IN", "Pvt Ltd", 4, List.of(new City("Mumbai", 18.9256, 72.8242), new City("Bangalore", 12.9716, 77.5946))),
			new Country("AU", "Pty Ltd", 3, List.of(new City("Sydney", -33.8688, 151.2093), new City("Melbourne", -37.8136, 144.9631))),
			new Country("SG", "Pte Ltd", 2, List.of(new City("Singapore", 1.2839, 103.8515))),
			new Country("ZA", "(Pty) Ltd", 2, List.of(new City("Cape Town", -33.9249, 18.4241), new City("Johannesburg", -26.2041, 28.0473))),
			new Country("AE", "LLC", 2, List.of(new City("Dubai", 25.2048, 55.2708))),
			new Country("IE", "Ltd", 2, List.of(new City("Dublin", 53.3498, -6.2603))),
			new Country("DK", "ApS", 1, List.of(new City("Copenhagen", 55.6761, 12.5683))),
			new Country("NO", "AS", 1, List.of(new City("Oslo", 59.9139, 10.7522))),
			new Country("FI", "Oy", 1, List.of(new City("Helsinki", 60.1699, 24.9384))),
			new Country("BE", "SRL", 1, List.of(new City("Brussels", 50.8503, 4.3517))));

	private static final int TOTAL_WEIGHT = COUNTRIES.stream().mapToInt(Country::weight).sum();

	private Vocabulary() {
	}

	static Country country(java.util.Random random) {
		int ticket = random.nextInt(TOTAL_WEIGHT);
		for (Country country : COUNTRIES) {
			ticket -= country.weight();
			if (ticket < 0) {
				return country;
			}
		}
		throw new IllegalStateException("weights do not add up");
	}

	static String slug(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
