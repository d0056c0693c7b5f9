package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.openprm.Multipart;
import org.openprm.web.BrowserSession;

import tools.jackson.databind.JsonNode;

/**
 * Files on deal registrations over the API and from the deal page's upload form: accepted by content,
 * refused with a field error when disguised, empty or too large, read and removed only by whom the rules allow.
 */
class DealAttachmentTests extends DealTestSupport {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void aPartnerAttachesAPdfAndTheVendorDownloadsExactlyThatFileAsAnAttachment() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Files"))));

		Response uploaded = upload(id, tokenFor(ALICE), "offer.pdf", "application/octet-stream", PDF, Map.of());
		JsonNode listed = get(DEALS + "/" + id + "/attachments", tokenFor(CAM)).json();
		HttpResponse<byte[]> download = download(uploaded.header("Location"), tokenFor(CAM));

		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json().get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("fileName").asString()).isEqualTo("offer.pdf");
		assertThat(listed.get(0).get("size").asLong()).isEqualTo(PDF.length);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("offer.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(get(DEALS + "/" + id + "/timeline", tokenFor(ALICE)).body()).contains("\"kind\":\"attachment-added\"")
			.contains("offer.pdf");
	}

	@Test
	void disguisedEmptyAndUnknownFilesAreRefusedWithAFieldErrorOnFile() throws IOException {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Disguised"))));
		byte[] executable = "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);

		for (Response refused : new Response[] {
				upload(id, tokenFor(ALICE), "invoice.pdf", "application/pdf", executable, Map.of()),
				upload(id, tokenFor(ALICE), "invoice.pdf", "application/pdf", zip("readme.txt"), Map.of()),
				upload(id, tokenFor(ALICE), "photo.png", "image/png", PDF, Map.of()),
				upload(id, tokenFor(ALICE), "empty.txt", "text/plain", new byte[0], Map.of()),
				upload(id, tokenFor(ALICE), "tool.exe", "application/octet-stream", executable, Map.of()) }) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		}
		assertThat(get(DEALS + "/" + id + "/attachments", tokenFor(ALICE)).json()).isEmpty();
	}

	@Test
	void officeDocumentsTextAndCsvAreRecognisedByTheirContent() throws IOException {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Office"))));

		assertThat(upload(id, tokenFor(ALICE), "plan.docx", "application/zip", zip("[Content_Types].xml", "word/document.xml"),
				Map.of()).json().get("mediaType").asString()).endsWith("wordprocessingml.document");
		assertThat(upload(id, tokenFor(ALICE), "lines.csv", "application/vnd.ms-excel",
				"product,qty\nSW-24,10\n".getBytes(StandardCharsets.UTF_8), Map.of()).json().get("mediaType").asString())
			.isEqualTo("text/csv");
		assertThat(upload(id, tokenFor(ALICE), "notes.txt", "text/plain", "Grüße".getBytes(StandardCharsets.UTF_8),
				Map.of()).json().get("mediaType").asString()).isEqualTo("text/plain");
	}

	@Test
	void aFileOverTheLimitIsAFieldErrorAndAMuchLargerBodyIsRefusedBeforeItIsRead() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Large"))));
		byte[] justOver = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

		Response overLimit = upload(id, tokenFor(ALICE), "big.pdf", "application/pdf", justOver, Map.of());
		Response farOver = upload(id, tokenFor(ALICE), "huge.pdf", "application/pdf", Arrays.copyOf(PDF, 11 * 1024 * 1024),
				Map.of());

		assertThat(overLimit.status()).as(overLimit.body()).isEqualTo(400);
		assertThat(overLimit.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(farOver.status()).isEqualTo(413);
		assertThat(get(DEALS + "/" + id + "/attachments", tokenFor(ALICE)).json()).isEmpty();
	}

	@Test
	void anotherPartnerNeitherSeesNorChangesTheFilesAndAPartnerCannotRemoveTheVendorsFile() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Private"))));
		String partnerFile = upload(id, tokenFor(ALICE), "mine.pdf", "application/pdf", PDF, Map.of()).header("Location");
		String vendorFile = upload(id, tokenFor(CAM), "terms.pdf", "application/pdf", PDF, Map.of()).header("Location");

		assertThat(get(DEALS + "/" + id + "/attachments", tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(download(partnerFile, tokenFor(BOB)).statusCode()).isEqualTo(404);
		assertThat(upload(id, tokenFor(BOB), "x.pdf", "application/pdf", PDF, Map.of()).status()).isEqualTo(404);
		assertThat(delete(partnerFile, tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(delete(vendorFile, tokenFor(ALICE)).status()).isEqualTo(403);
		assertThat(delete(partnerFile, tokenFor(ALICE)).status()).isEqualTo(204);
		assertThat(get(DEALS + "/" + id + "/attachments", tokenFor(ALICE)).json()).hasSize(1);
		assertThat(get(DEALS + "/" + id + "/timeline", tokenFor(CAM)).body()).contains("\"kind\":\"attachment-removed\"");
	}

	@Test
	void aClosedDealKeepsItsFilesAndARetriedUploadIsStoredOnce() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Closed"))));
		Map<String, String> retry = Map.of("Idempotency-Key", "upload-" + id);

		Response first = upload(id, tokenFor(ALICE), "offer.pdf", "application/pdf", PDF, retry);
		Response again = upload(id, tokenFor(ALICE), "offer.pdf", "application/pdf", PDF, retry);
		post(DEALS + "/" + id + "/withdraw", tokenFor(ALICE), Map.of("reason", "customer went elsewhere"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(get(DEALS + "/" + id + "/attachments", tokenFor(ALICE)).json()).hasSize(1);
		assertThat(upload(id, tokenFor(ALICE), "late.pdf", "application/pdf", PDF, Map.of()).status()).isEqualTo(409);
		assertThat(delete(first.header("Location"), tokenFor(CAM)).status()).isEqualTo(409);
	}

	@Test
	void theUploadFormOfTheDealPageAttachesAFileAndShowsARefusalNextToTheField() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Form"))));
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);

		BrowserSession.Page accepted = alice.postFile("/deals/" + id + "/attachments", "offer.pdf", "application/pdf", PDF);
		BrowserSession.Page refused = alice.postFile("/deals/" + id + "/attachments", "invoice.pdf", "application/pdf",
				"MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
		JsonNode listed = get(DEALS + "/" + id + "/attachments", tokenFor(ALICE)).json();
		BrowserSession.Page file = alice.get("/deals/" + id + "/attachments/" + listed.get(0).get("id").asString());

		assertThat(accepted.status()).isEqualTo(302);
		assertThat(accepted.location()).endsWith("/deals/" + id + "#attachments");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(listed).hasSize(1);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).startsWith("%PDF-");
	}

	private Response upload(String id, String token, String fileName, String type, byte[] content, Map<String, String> headers) {
		Multipart body = Multipart.file(fileName, type, content);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + DEALS + "/" + id + "/attachments"))
			.header("Authorization", "Bearer " + token).header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body(), json);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<byte[]> download(String path, String token) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
