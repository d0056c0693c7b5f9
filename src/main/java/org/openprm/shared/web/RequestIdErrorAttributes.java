package org.openprm.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring Boot's error attributes plus the request id: the error page shows it as the reference to
 * quote, and error bodies rendered by Spring Boot carry it like every ProblemDetail.
 */
@Component
class RequestIdErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (request.getAttribute(RequestIds.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String id) {
			attributes.put(RequestIds.KEY, id);
		}
		return attributes;
	}
}
