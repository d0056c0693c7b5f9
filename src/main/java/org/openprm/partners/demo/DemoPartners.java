package org.openprm.partners.demo;

import java.util.List;

import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;

/**
 * The demo partners: several countries, coordinates for every headquarters, three distributors with resellers.
 */
final class DemoPartners {

	record Row(String name, PartnerType type, String parent, String country, String city, String street, String postalCode,
			double latitude, double longitude, PartnerStatus status, String tags, int employees, String focus, String legalForm) {
	}

	static final List<Row> ROWS = List.of(
		new Row("Distri Europe", PartnerType.DISTRIBUTOR, null, "DE", "Frankfurt am Main", "Mainzer Landstrasse 50", "60325", 50.1109, 8.6821, PartnerStatus.ACTIVE, "networking security", 420, "Mid-market", "GmbH"),
		new Row("Pacific Channel Supply", PartnerType.DISTRIBUTOR, null, "US", "San Jose", "100 Market Street", "95113", 37.3382, -121.8863, PartnerStatus.ACTIVE, "networking cloud", 610, "Enterprise", "Inc."),
		new Row("Nordic Distribution", PartnerType.DISTRIBUTOR, null, "SE", "Stockholm", "Kungsgatan 12", "111 43", 59.3293, 18.0686, PartnerStatus.ACTIVE, "wireless", 150, "SMB", "AB"),
		new Row("Northwind Systems", PartnerType.RESELLER, null, "US", "Seattle", "400 Pine Street", "98101", 47.6062, -122.3321, PartnerStatus.ACTIVE, "networking smb", 85, "SMB", "Inc."),
		new Row("Contoso Networks", PartnerType.RESELLER, null, "GB", "London", "20 Fenchurch Street", "EC3M 3BY", 51.5074, -0.1278, PartnerStatus.ACTIVE, "networking enterprise", 230, "Enterprise", "Ltd"),
		new Row("Alpenland IT", PartnerType.RESELLER, "Distri Europe", "AT", "Vienna", "Mariahilfer Strasse 1", "1060", 48.2082, 16.3738, PartnerStatus.ACTIVE, "networking", 40, "SMB", "GmbH"),
		new Row("Rhein Netzwerke", PartnerType.RESELLER, "Distri Europe", "DE", "Cologne", "Hohe Strasse 10", "50667", 50.9375, 6.9603, PartnerStatus.ACTIVE, "wireless security", 55, "Mid-market", "GmbH"),
		new Row("Bavaria Systemhaus", PartnerType.RESELLER, "Distri Europe", "DE", "Munich", "Leopoldstrasse 8", "80802", 48.1351, 11.582, PartnerStatus.ACTIVE, "networking public-sector", 120, "Public sector", "GmbH"),
		new Row("Helvetic Data", PartnerType.RESELLER, "Distri Europe", "CH", "Zurich", "Bahnhofstrasse 70", "8001", 47.3769, 8.5417, PartnerStatus.ACTIVE, "security", 65, "Enterprise", "AG"),
		new Row("Lowlands Connect", PartnerType.RESELLER, "Distri Europe", "NL", "Amsterdam", "Damrak 1", "1012 LG", 52.3676, 4.9041, PartnerStatus.PROSPECT, "cloud", 30, "SMB", "B.V."),
		new Row("Hanse Netz", PartnerType.RESELLER, "Distri Europe", "DE", "Hamburg", "Jungfernstieg 4", "20095", 53.5511, 9.9937, PartnerStatus.SUSPENDED, "networking", 25, "SMB", "GmbH"),
		new Row("Golden Gate Networks", PartnerType.RESELLER, "Pacific Channel Supply", "US", "San Francisco", "1 Market Street", "94105", 37.7749, -122.4194, PartnerStatus.ACTIVE, "cloud security", 140, "Enterprise", "Inc."),
		new Row("Sunset IT Partners", PartnerType.RESELLER, "Pacific Channel Supply", "US", "Los Angeles", "600 Wilshire Blvd", "90017", 34.0522, -118.2437, PartnerStatus.ACTIVE, "smb wireless", 60, "SMB", "LLC"),
		new Row("Cascade Solutions", PartnerType.RESELLER, "Pacific Channel Supply", "US", "Portland", "800 SW Broadway", "97205", 45.5152, -122.6784, PartnerStatus.ACTIVE, "networking", 45, "Mid-market", "LLC"),
		new Row("Desert Data", PartnerType.RESELLER, "Pacific Channel Supply", "US", "Phoenix", "2 N Central Ave", "85004", 33.4484, -112.074, PartnerStatus.PROSPECT, "smb", 18, "SMB", "LLC"),
		new Row("Fjord Tech", PartnerType.RESELLER, "Nordic Distribution", "NO", "Oslo", "Karl Johans gate 5", "0154", 59.9139, 10.7522, PartnerStatus.ACTIVE, "wireless", 35, "SMB", "AS"),
		new Row("Baltic Bytes", PartnerType.RESELLER, "Nordic Distribution", "FI", "Helsinki", "Mannerheimintie 10", "00100", 60.1699, 24.9384, PartnerStatus.ACTIVE, "security", 28, "Mid-market", "Oy"),
		new Row("Copenhagen Connect", PartnerType.RESELLER, "Nordic Distribution", "DK", "Copenhagen", "Stroget 20", "1160", 55.6761, 12.5683, PartnerStatus.ACTIVE, "networking", 50, "SMB", "ApS"),
		new Row("Lone Star Managed Services", PartnerType.MSP, null, "US", "Austin", "300 Congress Ave", "78701", 30.2672, -97.7431, PartnerStatus.ACTIVE, "managed-services cloud", 210, "Mid-market", "Inc."),
		new Row("Maple Leaf MSP", PartnerType.MSP, null, "CA", "Toronto", "100 King St W", "M5X 1A9", 43.6532, -79.3832, PartnerStatus.ACTIVE, "managed-services", 95, "SMB", "Inc."),
		new Row("Gallic Infogerance", PartnerType.MSP, null, "FR", "Paris", "10 Rue de Rivoli", "75004", 48.8566, 2.3522, PartnerStatus.ACTIVE, "managed-services security", 160, "Enterprise", "SAS"),
		new Row("Iberia Cloud Services", PartnerType.MSP, null, "ES", "Madrid", "Gran Via 28", "28013", 40.4168, -3.7038, PartnerStatus.ACTIVE, "cloud managed-services", 75, "Mid-market", "S.L."),
		new Row("Roma Servizi Gestiti", PartnerType.MSP, null, "IT", "Rome", "Via del Corso 100", "00186", 41.9028, 12.4964, PartnerStatus.PROSPECT, "managed-services", 40, "SMB", "S.r.l."),
		new Row("Sydney Managed IT", PartnerType.MSP, null, "AU", "Sydney", "1 George Street", "2000", -33.8688, 151.2093, PartnerStatus.ACTIVE, "managed-services wireless", 88, "Mid-market", "Pty Ltd"),
		new Row("Referral Partners Boston", PartnerType.REFERRAL, null, "US", "Boston", "1 Federal Street", "02110", 42.3601, -71.0589, PartnerStatus.ACTIVE, "referral", 6, "SMB", "LLC"),
		new Row("Consult Dublin", PartnerType.REFERRAL, null, "IE", "Dublin", "St Stephen's Green 1", "D02", 53.3498, -6.2603, PartnerStatus.ACTIVE, "referral consulting", 12, "Mid-market", "Ltd"),
		new Row("Brussels Advisors", PartnerType.REFERRAL, null, "BE", "Brussels", "Rue Neuve 1", "1000", 50.8503, 4.3517, PartnerStatus.PROSPECT, "referral public-sector", 9, "Public sector", "SRL"),
		new Row("Lisbon Introducers", PartnerType.REFERRAL, null, "PT", "Lisbon", "Avenida da Liberdade 1", "1250-096", 38.7223, -9.1393, PartnerStatus.ACTIVE, "referral", 4, "SMB", "Lda"),
		new Row("Integrata Systems", PartnerType.SYSTEM_INTEGRATOR, null, "DE", "Berlin", "Friedrichstrasse 100", "10117", 52.52, 13.405, PartnerStatus.ACTIVE, "integration enterprise", 800, "Enterprise", "SE"),
		new Row("Tokyo Integration Works", PartnerType.SYSTEM_INTEGRATOR, null, "JP", "Tokyo", "1-1 Marunouchi", "100-0005", 35.6762, 139.6503, PartnerStatus.ACTIVE, "integration", 950, "Enterprise", "K.K."),
		new Row("Singapore Systems Group", PartnerType.SYSTEM_INTEGRATOR, null, "SG", "Singapore", "1 Raffles Place", "048616", 1.2839, 103.8515, PartnerStatus.ACTIVE, "integration cloud", 300, "Enterprise", "Pte Ltd"),
		new Row("Mumbai Tech Integrators", PartnerType.SYSTEM_INTEGRATOR, null, "IN", "Mumbai", "Nariman Point 5", "400021", 18.9256, 72.8242, PartnerStatus.ACTIVE, "integration", 1200, "Enterprise", "Pvt Ltd"),
		new Row("Chicago Integration Partners", PartnerType.SYSTEM_INTEGRATOR, null, "US", "Chicago", "233 S Wacker Dr", "60606", 41.8781, -87.6298, PartnerStatus.ACTIVE, "integration public-sector", 410, "Public sector", "Inc."),
		new Row("Silicon Components", PartnerType.SUPPLIER, null, "TW", "Taipei", "Xinyi Road 7", "110", 25.033, 121.5654, PartnerStatus.ACTIVE, "components", 2000, "Enterprise", "Co., Ltd."),
		new Row("Optic Fibre Supply", PartnerType.SUPPLIER, null, "KR", "Seoul", "Teheran-ro 100", "06133", 37.5665, 126.978, PartnerStatus.ACTIVE, "components optics", 700, "Enterprise", "Co., Ltd."),
		new Row("Polska Siec", PartnerType.RESELLER, null, "PL", "Warsaw", "Marszalkowska 100", "00-026", 52.2297, 21.0122, PartnerStatus.ACTIVE, "networking smb", 38, "SMB", "Sp. z o.o."),
		new Row("Praha Networks", PartnerType.RESELLER, null, "CZ", "Prague", "Vaclavske namesti 1", "110 00", 50.0755, 14.4378, PartnerStatus.ACTIVE, "wireless", 22, "SMB", "s.r.o."),
		new Row("Sao Paulo Redes", PartnerType.RESELLER, null, "BR", "Sao Paulo", "Avenida Paulista 1000", "01310-100", -23.5505, -46.6333, PartnerStatus.ACTIVE, "networking", 140, "Mid-market", "Ltda"),
		new Row("Mexico Conecta", PartnerType.RESELLER, null, "MX", "Mexico City", "Paseo de la Reforma 250", "06600", 19.4326, -99.1332, PartnerStatus.PROSPECT, "smb", 33, "SMB", "S.A. de C.V."),
		new Row("Cape Town Connect", PartnerType.RESELLER, null, "ZA", "Cape Town", "Adderley Street 1", "8001", -33.9249, 18.4241, PartnerStatus.ACTIVE, "wireless smb", 27, "SMB", "(Pty) Ltd"),
		new Row("Dubai Network Solutions", PartnerType.RESELLER, null, "AE", "Dubai", "Sheikh Zayed Road 1", "00000", 25.2048, 55.2708, PartnerStatus.ACTIVE, "security enterprise", 90, "Enterprise", "LLC"),
		new Row("Auckland IT", PartnerType.RESELLER, null, "NZ", "Auckland", "Queen Street 1", "1010", -36.8485, 174.7633, PartnerStatus.ACTIVE, "smb", 15, "SMB", "Ltd"),
		new Row("Lyon Reseaux", PartnerType.RESELLER, null, "FR", "Lyon", "Rue de la Republique 1", "69002", 45.764, 4.8357, PartnerStatus.ACTIVE, "networking", 42, "Mid-market", "SARL"),
		new Row("Manchester Managed", PartnerType.MSP, null, "GB", "Manchester", "1 Deansgate", "M3 1AZ", 53.4808, -2.2426, PartnerStatus.ACTIVE, "managed-services", 70, "SMB", "Ltd"));

	private DemoPartners() {
	}
}
