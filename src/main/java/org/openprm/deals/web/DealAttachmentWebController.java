package org.openprm.deals.web;

import java.util.Locale;
import java.util.UUID;

import org.openprm.deals.DealAttachments;
import org.openprm.shared.Conflict;
import org.openprm.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The posts and downloads of the files fragment ({@code deals/attachments.html}) on a deal's page:
 * upload, download, remove; back on the deal's page with the outcome next to the file field.
 */
@Controller
@RequestMapping("/deals/{registrationId}/attachments")
class DealAttachmentWebController {

	/** Flash attribute with the refusal, already in the user's language, shown under the file field. */
	static final String ERROR = "attachmentError";

	private final DealAttachments attachments;

	private final MessageSource messages;

	DealAttachmentWebController(DealAttachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping
	String upload(@PathVariable UUID registrationId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect, Locale locale) {
		try {
			attachments.attach(registrationId, DealAttachmentRestController.upload(chosen(file)));
			redirect.addFlashAttribute("notice", "attachments.added");
		}
		catch (InvalidInput refused) {
			InvalidInput.FieldProblem problem = refused.problems().get(0);
			String code = problem.code() == null ? null : "problem." + problem.code();
			redirect.addFlashAttribute(ERROR, code == null ? problem.message()
					: messages.getMessage(code, null, problem.message(), locale));
		}
		return back(registrationId);
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID registrationId, @PathVariable UUID attachmentId) {
		return DealAttachmentRestController.downloadOf(attachments.download(registrationId, attachmentId));
	}

	@PostMapping("/{attachmentId}/delete")
	String remove(@PathVariable UUID registrationId, @PathVariable UUID attachmentId, RedirectAttributes redirect,
			Locale locale) {
		try {
			attachments.remove(registrationId, attachmentId);
			redirect.addFlashAttribute("notice", "attachments.removed");
		}
		catch (Conflict closed) {
			redirect.addFlashAttribute(ERROR, messages.getMessage("problem.attachment.closed", null, locale));
		}
		return back(registrationId);
	}

	/** A form submitted without choosing a file still sends the part, empty and without a name. */
	private static MultipartFile chosen(MultipartFile file) {
		boolean named = file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
		return named || (file != null && !file.isEmpty()) ? file : null;
	}

	private static String back(UUID registrationId) {
		return "redirect:/deals/" + registrationId + "#attachments";
	}
}
