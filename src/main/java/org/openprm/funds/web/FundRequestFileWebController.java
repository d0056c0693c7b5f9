package org.openprm.funds.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openprm.funds.FundRequestFiles;
import org.openprm.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attaching files to a fund request on its page, and downloading them.
 */
@Controller
class FundRequestFileWebController {

	private final FundRequestFiles files;

	private final MessageSource messages;

	FundRequestFileWebController(FundRequestFiles files, MessageSource messages) {
		this.files = files;
		this.messages = messages;
	}

	@PostMapping("/funds/requests/{requestId}/files")
	String attach(@PathVariable UUID requestId, @RequestParam(name = "files", required = false) List<MultipartFile> added,
			RedirectAttributes redirect, Locale locale) {
		try {
			files.attach(requestId, Uploads.of(added));
			redirect.addFlashAttribute("notice", "funds.requestFiles.attached");
		}
		catch (InvalidInput refused) {
			InvalidInput.FieldProblem problem = refused.problems().get(0);
			redirect.addFlashAttribute("fileError", problem.code() == null ? problem.message()
					: messages.getMessage("problem." + problem.code(), null, problem.message(), locale));
		}
		return "redirect:/funds/requests/" + requestId + "#request-files";
	}

	@GetMapping("/funds/requests/{requestId}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable UUID requestId, @PathVariable UUID fileId) {
		return ProofFileResponses.of(files.download(requestId, fileId));
	}
}
