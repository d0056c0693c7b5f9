package org.openprm.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openprm.shared.Conflict;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a REST controller into {@code application/problem+json} with a stable
 * {@code type}, a {@code title}, a {@code detail} and, for bad input, the list of field errors.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	public ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(ProblemTypes.BASE + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail invalid(List<InvalidInput.FieldProblem> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
				errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
						: errors.size() + " fields are invalid");
		problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail onBindFailure(BindException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<InvalidInput.FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			errors.add(new InvalidInput.FieldProblem(error.getField(), messages.getMessage(error, locale)));
		}
		ex.getGlobalErrors().forEach(e -> errors.add(new InvalidInput.FieldProblem(e.getObjectName(), messages.getMessage(e, locale))));
		return invalid(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail onParameterValidation(HandlerMethodValidationException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<InvalidInput.FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(new InvalidInput.FieldProblem(result.getMethodParameter().getParameterName(),
					messages.getMessage(error, locale)))));
		return invalid(errors);
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail onInvalidInput(InvalidInput ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail onUnreadableBody(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return invalid(List.of(new InvalidInput.FieldProblem(path(unknown),
					"unknown or read-only field; allowed fields: " + unknown.getKnownPropertyIds())));
		}
		if (cause instanceof InvalidFormatException format) {
			return invalid(List.of(new InvalidInput.FieldProblem(path(format),
					"cannot read value '" + format.getValue() + "' as " + format.getTargetType().getSimpleName())));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return invalid(List.of(new InvalidInput.FieldProblem(path(mismatch), "has the wrong type")));
		}
		return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				"The request body is missing or is not valid JSON.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail onTypeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getRequiredType() != null && ex.getRequiredType().getName().equals("java.util.UUID")) {
			// A malformed id can never name a record: answer exactly like an unknown one.
			return notFound();
		}
		return invalid(List.of(new InvalidInput.FieldProblem(ex.getName(), "has an invalid value")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail onMissingParameter(MissingServletRequestParameterException ex) {
		return invalid(List.of(new InvalidInput.FieldProblem(ex.getParameterName(), "is required")));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ProblemDetail onMissingHeader(MissingRequestHeaderException ex) {
		return invalid(List.of(new InvalidInput.FieldProblem(ex.getHeaderName(), "header is required")));
	}

	@ExceptionHandler(RecordNotFound.class)
	ProblemDetail onNotFound(RecordNotFound ex) {
		return notFound();
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail onNoResource(NoResourceFoundException ex) {
		return notFound();
	}

	@ExceptionHandler(IllegalTransition.class)
	ProblemDetail onIllegalTransition(IllegalTransition ex) {
		return problem(HttpStatus.CONFLICT, "illegal-transition", "Illegal state transition", ex.getMessage());
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail onConflict(Conflict ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail onConcurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else",
				"The record was changed by someone else; reload it and try again.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail onAccessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail onMethod(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed", ex.getMessage());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail onMediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
				"Send the body as application/json.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail onUnexpected(Exception ex) {
		if (ex instanceof org.springframework.web.ErrorResponse known) {
			// Spring MVC's own failures (406, 415, ...) keep their status and text.
			return known.getBody();
		}
		LOG.error("Unexpected failure of an API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side. Please try again; a retry with the same Idempotency-Key is safe.");
	}

	private static ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such record.");
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}
}
