package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openprm.programs.domain.agreements.AgreementText;

import tools.jackson.databind.JsonNode;

/**
 * Partners accept agreements through the API; what is kept proves who accepted which text, and a new
 * version asks for a new acceptance. Each test uses its own template kind and a country no demo partner has.
 */
class AgreementAcceptanceTests extends AgreementTestSupport {

	@Test
	void acceptingKeepsTheUserTheVersionTheIpAddressAndTheHashOfTheRenderedText() {
		Fixture fixture = fixture("LU", false);

		JsonNode pending = agreementOf(fixture);
		assertThat(pending.get("acceptance").isNull()).isTrue();
		assertThat(pending.get("renderedText").asString()).contains("Confidentiality between Acme and " + fixture.partnerName());
		Response accepted = post(fixture.acceptPath(pending), fixture.adminToken(), Map.of("fullName", "Lou Admin"));

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		JsonNode acceptance = accepted.json();
		assertThat(acceptance.get("fullName").asString()).isEqualTo("Lou Admin");
		assertThat(acceptance.get("acceptedByEmail").asString()).isEqualTo(fixture.admin().email());
		assertThat(acceptance.get("acceptedBy").asString()).isEqualTo(fixture.admin().id());
		assertThat(acceptance.get("versionNumber").asInt()).isEqualTo(1);
		assertThat(acceptance.get("ipAddress").asString()).isEqualTo("127.0.0.1");
		assertThat(acceptance.get("textSha256").asString())
			.isEqualTo(AgreementText.sha256(pending.get("renderedText").asString()));
		JsonNode now = agreementOf(fixture);
		assertThat(now.get("acceptance").get("id").asString()).isEqualTo(acceptance.get("id").asString());
	}

	@Test
	void aTemplateForARegionAppliesToPartnersInEachOfItsCountriesOnly() {
		String kind = unique("alpine");
		Response created = post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", kind, "country", "li, is",
				"title", "Alpine terms", "body", "Terms for {{partnerName}}."));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Response refused = post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", unique("bad"), "country",
				"Liechtenstein", "title", "Bad", "body", "Terms."));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("country");

		assertThat(kinds(partnerIn("LI"))).contains(kind);
		assertThat(kinds(partnerIn("IS"))).contains(kind);
		assertThat(kinds(partnerIn("FR"))).doesNotContain(kind);
	}

	private String partnerIn(String country) {
		java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(partnerBody(unique("Regional")));
		body.put("country", country);
		return post("/api/v1/partners", tokenFor(ADMIN), body).json().get("id").asString();
	}

	private java.util.List<String> kinds(String partnerId) {
		return get("/api/v1/partners/" + partnerId + "/agreements", tokenFor(ADMIN)).json().valueStream()
			.map(a -> a.get("kind").asString()).toList();
	}

	@Test
	void publishingANewVersionAsksPartnersThatAcceptedTheOldOneToAcceptAgain() {
		Fixture fixture = fixture("LU", false);
		JsonNode first = agreementOf(fixture);
		post(fixture.acceptPath(first), fixture.adminToken(), Map.of("fullName", "Lou Admin"));

		Response published = post("/api/v1/agreement-templates/" + fixture.templateId() + "/versions", tokenFor(ADMIN),
				Map.of("title", "NDA 2", "body", "Second text for {{partnerName}}."));

		assertThat(published.status()).as(published.body()).isEqualTo(201);
		JsonNode renewal = agreementOf(fixture);
		assertThat(renewal.get("acceptance").isNull()).as("the new version is pending").isTrue();
		assertThat(renewal.get("version").get("number").asInt()).isEqualTo(2);
		assertThat(renewal.get("previous").get("versionNumber").asInt()).isEqualTo(1);
		assertThat(renewal.get("renderedText").asString()).isEqualTo("Second text for " + fixture.partnerName() + ".");
		Response again = post(fixture.acceptPath(renewal), fixture.adminToken(), Map.of("fullName", "Lou Admin"));
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(post(fixture.acceptPath(renewal), fixture.adminToken(), Map.of("fullName", "Lou Admin")).status())
			.as("the same version twice").isEqualTo(409);
	}

	@Test
	void anAcceptanceWithoutANameIsRefusedWithAFieldErrorAndKeepsTheAgreementPending() {
		Fixture fixture = fixture("LU", false);
		JsonNode pending = agreementOf(fixture);

		Response refused = post(fixture.acceptPath(pending), fixture.adminToken(), Map.of("fullName", " "));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("fullName");
		assertThat(agreementOf(fixture).get("acceptance").isNull())
			.isTrue();
	}

	@Test
	void aPartnerUserWhoIsNoAdminCannotAccept() {
		Fixture fixture = fixture("LU", false);
		Person user = newPerson(fixture.partnerId(), "PARTNER_USER");
		JsonNode pending = fixture.agreement(get(fixture.agreementsPath(), newToken(user)).json());

		assertThat(post(fixture.acceptPath(pending), newToken(user), Map.of("fullName", "Not Admin")).status())
			.isEqualTo(403);
	}

	@Test
	void theAcceptancePdfIsARealPdfWithThePartnerNameAndTheSigner() throws IOException {
		Fixture fixture = fixture("LU", false);
		JsonNode pending = agreementOf(fixture);
		String id = post(fixture.acceptPath(pending), fixture.adminToken(), Map.of("fullName", "Lou Admin")).json()
			.get("id").asString();

		HttpResponse<byte[]> pdf = bytes(fixture.agreementsPath() + "/acceptances/" + id + "/pdf", fixture.adminToken());

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		PdfReader reader = new PdfReader(pdf.body());
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains(fixture.partnerName()).contains("Lou Admin").contains("127.0.0.1");
	}

	@Test
	void theCsvExportOfAPartnerHoldsOnlyItsOwnAcceptancesWhileVendorStaffSeeAll() throws IOException {
		Fixture fixture = fixture("LU", false);
		JsonNode pending = agreementOf(fixture);
		post(fixture.acceptPath(pending), fixture.adminToken(), Map.of("fullName", "Lou Admin"));
		Fixture other = fixture("LU", false);
		post(other.acceptPath(agreementOf(other)), other.adminToken(),
				Map.of("fullName", "Other Admin"));

		List<CSVRecord> own = csv(get("/api/v1/agreement-acceptances/export", fixture.adminToken()).body());
		List<CSVRecord> all = csv(get("/api/v1/agreement-acceptances/export", tokenFor(ADMIN)).body());

		assertThat(own).isNotEmpty().allSatisfy(row -> assertThat(row.get("partnerId")).isEqualTo(fixture.partnerId()));
		assertThat(all).anySatisfy(row -> assertThat(row.get("partner")).isEqualTo(other.partnerName()))
			.anySatisfy(row -> assertThat(row.get("partner")).isEqualTo(fixture.partnerName()));
		assertThat(csv(get("/api/v1/agreement-acceptances/export?partnerId=" + other.partnerId(), fixture.adminToken()).body()))
			.as("asking for another partner's rows").isEmpty();
	}

	@Test
	void vendorStaffCounterSignAnAcceptanceOnce() {
		Fixture fixture = fixture("LU", false);
		JsonNode pending = agreementOf(fixture);
		String id = post(fixture.acceptPath(pending), fixture.adminToken(), Map.of("fullName", "Lou Admin")).json()
			.get("id").asString();

		Response signed = post("/api/v1/agreement-acceptances/" + id + "/countersign", tokenFor(ADMIN), Map.of());

		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(signed.json().get("countersignedAt").isNull()).isFalse();
		assertThat(post("/api/v1/agreement-acceptances/" + id + "/countersign", tokenFor(ADMIN), Map.of()).status())
			.isEqualTo(409);
		assertThat(post("/api/v1/agreement-acceptances/" + id + "/countersign", fixture.adminToken(), Map.of()).status())
			.as("a partner cannot counter-sign").isEqualTo(404);
	}

	@Test
	void aProgrammesTemplateAppliesToItsMembersOnlyWithProgrammeAndTierFilledIn() {
		Fixture member = fixture("LU", false);
		Fixture outsider = fixture("LU", false);
		JsonNode programme = get("/api/v1/programs", tokenFor(ADMIN)).json().get(0);
		JsonNode tier = programme.get("tiers").get(0);
		post("/api/v1/partners/" + member.partnerId() + "/memberships", tokenFor(ADMIN),
				Map.of("programId", programme.get("id").asString(), "tierId", tier.get("id").asString()));
		String kind = unique("programme-terms");

		Response created = post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", kind, "programId",
				programme.get("id").asString(), "title", "Terms", "body", "{{partnerName}} in {{programName}} as {{tierName}}"));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode agreements = get(member.agreementsPath(), member.adminToken()).json();
		assertThat(agreements.valueStream().filter(a -> a.get("kind").asString().equals(kind))
			.map(a -> a.get("renderedText").asString()))
			.containsExactly(member.partnerName() + " in " + programme.get("name").asString() + " as " + tier.get("name").asString());
		assertThat(get(outsider.agreementsPath(), outsider.adminToken()).json().valueStream()
			.noneMatch(a -> a.get("kind").asString().equals(kind))).isTrue();
		assertThat(post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", kind, "programId",
				java.util.UUID.randomUUID().toString(), "title", "Terms", "body", "text")).status())
			.as("an unknown programme").isEqualTo(400);
	}

	@Test
	void aTemplateWithAnUnknownPlaceholderIsRefused() {
		Response refused = post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", unique("bad"), "title", "Bad",
				"body", "Hello {{partnerNmae}}"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("partnerNmae");
	}

	private HttpResponse<byte[]> bytes(String path, String token) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<CSVRecord> csv(String body) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
			.getRecords();
	}
}
