package org.openprm.funds.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.openprm.funds.NewProofFile;
import org.springframework.web.multipart.MultipartFile;

/** Multipart files as the facade takes them; the facade checks their content and size. */
final class Uploads {

	private Uploads() {
	}

	static List<NewProofFile> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null && !(f.isEmpty() && (f.getOriginalFilename() == null
				|| f.getOriginalFilename().isBlank()))).map(Uploads::of).toList();
	}

	private static NewProofFile of(MultipartFile file) {
		try {
			return new NewProofFile(file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
