package org.openprm.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Writes a ProblemDetail from places that run before Spring MVC (filters, security entry points).
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		ProblemDetail problem = ApiProblems.problem(status, type, title, detail);
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		String requestId = RequestIds.current().map(id -> ",\"requestId\":\"" + json(id) + "\"").orElse("");
		response.getWriter().write("{\"type\":\"" + problem.getType() + "\",\"title\":\"" + json(title)
				+ "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\"" + requestId + "}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
