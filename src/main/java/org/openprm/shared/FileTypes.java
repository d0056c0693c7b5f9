package org.openprm.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which uploaded files OpenPRM accepts (deal attachments, fund request files, proof of performance),
 * decided by their content (magic bytes), never by the name or the
 * declared content type a browser or client sends: PDF, PNG, JPEG, GIF, UTF-8 text and CSV, and Office
 * Open XML documents. The name's extension must agree with the content, so that a renamed executable or
 * archive ({@code invoice.pdf}) is refused instead of being opened by someone trusting its name.
 */
public final class FileTypes {

	/** A type the content was recognised as, with the extensions a file of that type may have. */
	public record Detected(String mediaType, List<String> extensions) {
	}

	private static final byte[] PDF = ascii("%PDF-");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	public static final String ALLOWED = "pdf, png, jpg, jpeg, gif, txt, csv, docx, xlsx, pptx";

	private FileTypes() {
	}

	/**
	 * The detected media type of an acceptable file; refuses anything else with a field error on
	 * {@code field}, its codes under {@code codes} ({@code <codes>.empty}, {@code .type}, {@code .disguised}).
	 */
	public static String check(String field, String codes, String fileName, byte[] content) {
		if (content.length == 0) {
			throw InvalidInput.of(field, "is empty", codes + ".empty");
		}
		Detected detected = detect(content).orElseThrow(() -> InvalidInput.of(field,
				"is not an accepted file type (" + ALLOWED + ")", codes + ".type"));
		String extension = extension(fileName);
		if (!detected.extensions().contains(extension)) {
			throw InvalidInput.of(field, "its name ends in '." + extension + "' but its content is "
					+ detected.mediaType(), codes + ".disguised");
		}
		return detected.mediaType().equals("text/plain") && extension.equals("csv") ? "text/csv" : detected.mediaType();
	}

	public static Optional<Detected> detect(byte[] content) {
		if (startsWith(content, PDF)) {
			return found("application/pdf", "pdf");
		}
		if (startsWith(content, PNG)) {
			return found("image/png", "png");
		}
		if (startsWith(content, JPEG)) {
			return found("image/jpeg", "jpg", "jpeg");
		}
		if (startsWith(content, ascii("GIF87a")) || startsWith(content, ascii("GIF89a"))) {
			return found("image/gif", "gif");
		}
		if (startsWith(content, ZIP)) {
			return officeDocument(content);
		}
		return isText(content) ? found("text/plain", "txt", "csv") : Optional.empty();
	}

	/** A ZIP is accepted only as an Office Open XML document: it names its parts in [Content_Types].xml. */
	private static Optional<Detected> officeDocument(byte[] content) {
		boolean contentTypes = false;
		String kind = null;
		// Only the entry names are read, never their contents: a compressed bomb stays compressed.
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				kind = kind != null ? kind : name.startsWith("word/") ? "docx" : name.startsWith("xl/") ? "xlsx"
						: name.startsWith("ppt/") ? "pptx" : null;
			}
		}
		catch (IOException | IllegalArgumentException broken) {
			return Optional.empty();
		}
		if (!contentTypes || kind == null) {
			return Optional.empty();
		}
		return switch (kind) {
			case "docx" -> found("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
			case "xlsx" -> found("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
			default -> found("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
		};
	}

	/** Valid UTF-8 without NUL bytes: binaries almost always have one or the other wrong. */
	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Optional<Detected> found(String mediaType, String... extensions) {
		return Optional.of(new Detected(mediaType, List.of(extensions)));
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
