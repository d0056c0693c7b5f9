package org.openprm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data body as a browser sends it: text fields and one file part.
 */
public record Multipart(String boundary, byte[] body) {

	public static Multipart of(Map<String, String> fields, String fileField, String fileName, String fileType, byte[] content) {
		String boundary = "----openprm" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		if (fileField != null) {
			write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
			out.writeBytes(content);
			write(out, "\r\n");
		}
		write(out, "--" + boundary + "--\r\n");
		return new Multipart(boundary, out.toByteArray());
	}

	public static Multipart file(String fileName, String fileType, byte[] content) {
		return of(Map.of(), "file", fileName, fileType, content);
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
