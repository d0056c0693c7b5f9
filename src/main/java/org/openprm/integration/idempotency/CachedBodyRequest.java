package org.openprm.integration.idempotency;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * Reads the body once (it is size-limited earlier) so that it can be hashed and then read again.
 * A multipart body (a file upload) is left to the container, which parses it into parts that the
 * application reads later; what is hashed then is each part's name, file name and content.
 */
class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final boolean multipart;

	CachedBodyRequest(HttpServletRequest request) throws IOException, ServletException {
		super(request);
		String type = request.getContentType();
		this.multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		this.body = multipart ? parts(request) : request.getInputStream().readAllBytes();
	}

	private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
		ByteArrayOutputStream fingerprint = new ByteArrayOutputStream();
		for (Part part : request.getParts()) {
			fingerprint.write((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
			try (InputStream content = part.getInputStream()) {
				content.transferTo(fingerprint);
			}
			fingerprint.write('\n');
		}
		return fingerprint.toByteArray();
	}

	byte[] body() {
		return body;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (multipart) {
			return super.getInputStream();
		}
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new IllegalStateException("Asynchronous reading is not supported");
			}

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}
		};
	}

	@Override
	public BufferedReader getReader() throws IOException {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}
}
