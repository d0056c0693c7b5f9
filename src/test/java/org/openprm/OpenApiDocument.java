package org.openprm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application's own OpenAPI document, read as data: its operations, their parameters, and a
 * valid-looking sample body for each, generated from the request schema.
 */
public final class OpenApiDocument {

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

	private final JsonNode document;

	private final JsonMapper json;

	private final java.util.Set<String> expanding = new java.util.HashSet<>();

	public OpenApiDocument(JsonNode document, JsonMapper json) {
		this.document = document;
		this.json = json;
	}

	public record Operation(String method, String path, JsonNode node) {

		public List<JsonNode> parameters(String in) {
			return node.path("parameters").valueStream().filter(p -> in.equals(p.path("in").asString())).toList();
		}

		public List<String> pathParameters() {
			return parameters("path").stream().map(p -> p.get("name").asString()).toList();
		}

		public boolean targetsARecord() {
			return !pathParameters().isEmpty();
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	public List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (METHODS.contains(operation.getKey())) {
					operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
							operation.getValue()));
				}
			}
		}
		return operations;
	}

	/** A JSON body for the operation, or null when it takes none. */
	public String sampleBody(Operation operation) {
		JsonNode content = operation.node().path("requestBody").path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			return null;
		}
		JsonNode media = content.has("application/json") ? content.get("application/json") : content.valueStream().findFirst().orElseThrow();
		return json.writeValueAsString(sample(media.path("schema"), "body"));
	}

	/** A value for a query or header parameter, by its schema. */
	public String sampleParameter(JsonNode parameter) {
		JsonNode value = sample(parameter.path("schema"), parameter.path("name").asString());
		return value.isString() ? value.asString() : value.toString();
	}

	private JsonNode sample(JsonNode schema, String name) {
		String ref = schema.path("$ref").asString(null);
		if (ref != null && !expanding.add(ref)) {
			// A schema that contains itself (a rule's nested groups): one level is enough for a sample.
			return json.createObjectNode();
		}
		try {
			return expanded(resolve(schema), name);
		}
		finally {
			if (ref != null) {
				expanding.remove(ref);
			}
		}
	}

	private JsonNode expanded(JsonNode resolved, String name) {
		for (String composite : List.of("allOf", "oneOf", "anyOf")) {
			if (resolved.has(composite)) {
				return sample(resolved.get(composite).get(0), name);
			}
		}
		String type = type(resolved);
		return switch (type) {
			case "object" -> object(resolved);
			case "array" -> {
				ArrayNode array = json.createArrayNode();
				if (!expanding.contains(resolved.path("items").path("$ref").asString(""))) {
					array.add(sample(resolved.path("items"), name));
				}
				yield array;
			}
			case "integer", "number" -> json.getNodeFactory().numberNode(number(resolved));
			case "boolean" -> json.getNodeFactory().booleanNode(false);
			default -> json.getNodeFactory().stringNode(string(resolved, name));
		};
	}

	private ObjectNode object(JsonNode schema) {
		ObjectNode object = json.createObjectNode();
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			object.set(property.getKey(), sample(property.getValue(), property.getKey()));
		}
		// A free-form map (custom attributes) stays empty: any key we made up would be refused as unknown.
		return object;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			return type.valueStream().map(JsonNode::asString).filter(t -> !t.equals("null")).findFirst().orElse("string");
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
	}

	private static BigDecimal number(JsonNode schema) {
		if (schema.has("minimum")) {
			return schema.get("minimum").decimalValue();
		}
		if (schema.has("maximum")) {
			return schema.get("maximum").decimalValue().min(BigDecimal.ONE);
		}
		return BigDecimal.ONE;
	}

	private static String string(JsonNode schema, String name) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		String format = schema.path("format").asString("");
		String lower = name.toLowerCase(Locale.ROOT);
		String value = switch (format) {
			case "email" -> "sweep-" + UUID.randomUUID().toString().substring(0, 8) + "@sweep.example";
			case "uuid" -> UUID.randomUUID().toString();
			case "date-time" -> Instant.now().toString();
			case "date" -> LocalDate.now().toString();
			default -> lower.contains("email") ? "sweep-" + UUID.randomUUID().toString().substring(0, 8) + "@sweep.example"
					: lower.contains("country") ? "DE"
					: lower.contains("currency") ? "EUR"
					: lower.contains("domain") ? "sweep.example"
					: lower.contains("password") ? "sweep-password-1" : "sweep";
		};
		if (schema.has("pattern")) {
			Pattern pattern = Pattern.compile(schema.get("pattern").asString());
			value = List.of(value, "DE", "sweep", "SWEEP", "1").stream().filter(v -> pattern.matcher(v).find())
				.findFirst().orElse(value);
		}
		int min = schema.path("minLength").asInt(0);
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		while (value.length() < min) {
			value = value + "x";
		}
		return value.length() > max ? value.substring(0, max) : value;
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		while (current.has("$ref")) {
			String ref = current.get("$ref").asString();
			current = document.at(ref.substring(1));
		}
		return current;
	}
}
