package org.openprm.deals.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.AttachmentFile;
import org.openprm.deals.DealAttachment;
import org.openprm.deals.DealAttachments;
import org.openprm.deals.NewAttachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Files attached to a deal registration: upload (multipart, part {@code file}), list, download, remove.
 * The type is detected from the content; a download always comes as an attachment with that type.
 */
@RestController
@RequestMapping("/api/v1/deal-registrations/{registrationId}/attachments")
@Tag(name = "Deal registrations")
class DealAttachmentRestController {

	private final DealAttachments attachments;

	DealAttachmentRestController(DealAttachments attachments) {
		this.attachments = attachments;
	}

	/** The metadata of an attachment; {@code mediaType} is what the content was detected as. */
	record AttachmentResponse(UUID id, String fileName, String mediaType, long size, String sha256, UUID uploadedBy,
			String uploadedByName, boolean uploadedByVendor, Instant uploadedAt) {

		static AttachmentResponse of(DealAttachment a) {
			return new AttachmentResponse(a.id(), a.fileName(), a.mediaType(), a.size(), a.sha256(), a.uploadedBy(),
					a.uploadedByName(), a.uploadedByVendor(), a.uploadedAt());
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file (PDF, PNG, JPEG, GIF, text/CSV, DOCX/XLSX/PPTX; the name must agree with the content)")
	ResponseEntity<AttachmentResponse> upload(@PathVariable UUID registrationId,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		DealAttachment added = attachments.attach(registrationId, upload(file));
		return ResponseEntity.created(URI.create("/api/v1/deal-registrations/" + registrationId + "/attachments/" + added.id()))
			.body(AttachmentResponse.of(added));
	}

	@GetMapping
	@Operation(summary = "List the files attached to a deal registration")
	List<AttachmentResponse> list(@PathVariable UUID registrationId) {
		return attachments.attachments(registrationId).stream().map(AttachmentResponse::of).toList();
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "Download a file, always as an attachment with the detected type")
	ResponseEntity<byte[]> download(@PathVariable UUID registrationId, @PathVariable UUID attachmentId) {
		return downloadOf(attachments.download(registrationId, attachmentId));
	}

	@DeleteMapping("/{attachmentId}")
	@Operation(summary = "Remove a file: the uploader's side or vendor staff, until the deal reaches a final status")
	ResponseEntity<Void> remove(@PathVariable UUID registrationId, @PathVariable UUID attachmentId) {
		attachments.remove(registrationId, attachmentId);
		return ResponseEntity.noContent().build();
	}

	/** Null when the part is missing: the facade checks access to the deal first, then answers a field error. */
	static NewAttachment upload(MultipartFile file) {
		if (file == null) {
			return null;
		}
		try {
			return new NewAttachment(file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Never shown inline and never sniffed: an uploaded file must not run as a page of this site.
	 */
	static ResponseEntity<byte[]> downloadOf(AttachmentFile file) {
		DealAttachment attachment = file.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}
}
