package org.openprm.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openprm.shared.InvalidInput;

/**
 * File types are decided by content; the name only has to agree with it.
 */
class AttachmentTypesTests {

	@Test
	void imagesAndPdfsAreRecognisedByTheirMagicBytes() {
		assertThat(AttachmentTypes.check("a.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
			.isEqualTo("image/png");
		assertThat(AttachmentTypes.check("a.JPEG", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEqualTo("image/jpeg");
		assertThat(AttachmentTypes.check("a.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/gif");
		assertThat(AttachmentTypes.check("a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
	}

	@Test
	void textMustBeUtf8WithoutNulBytes() {
		assertThat(AttachmentTypes.check("a.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/csv");
		assertThatThrownBy(() -> AttachmentTypes.check("a.txt", new byte[] { 'a', 0, 'b' })).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> AttachmentTypes.check("a.txt", new byte[] { (byte) 0xC3, 0x28 })).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aNameThatDisagreesWithTheContentIsRefusedOnTheFileField() {
		assertThatThrownBy(() -> AttachmentTypes.check("invoice.pdf", "plain words".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("attachment.disguised"));
		assertThatThrownBy(() -> AttachmentTypes.check("invoice", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("file"));
	}
}
