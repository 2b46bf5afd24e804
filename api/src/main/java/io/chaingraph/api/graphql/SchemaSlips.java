package io.chaingraph.api.graphql;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.validation.ValidationError;
import io.chaingraph.model.rules.Slips;

/**
 * What a request that names something the schema does not have may have meant (GitHub's API answers "did you mean"
 * too): the field, argument, input field, enum value or type nearest to what was typed, or, for an enum or an input
 * type, everything it takes when nothing is near. Read from GraphQL Java's (English) messages, the only place the
 * typed word and its type are given; a message in another form gets no hint, and stays as it was.
 */
final class SchemaSlips {

	/** What may have been meant, and the words that say so; no suggestions when nothing is near. */
	record Hint(List<String> suggestions, String words) {
	}

	/** The most values an enum or input type may take for all of them to be listed when nothing is near. */
	private static final int LISTED_WHOLE = 12;

	/** How far a word may be from what was typed (edits, ignoring case) and still be suggested. */
	private static int reach(String typed) {
		return Math.max(2, typed.length() / 3);
	}

	/** One form of message: where the typed word is in it, and where the candidates come from. */
	private record Shape(Pattern pattern, int typed, BiFunction<Matcher, Context, Collection<String>> candidates,
			boolean listWhenNoneNear) {
	}

	private record Context(GraphQLSchema schema, GraphQLError error) {
	}

	private static final List<Shape> SHAPES = List.of(
			new Shape(Pattern.compile("Field '([^']+)' in type '([^']+)' is undefined"), 1,
					(m, c) -> fields(c.schema().getType(m.group(2))), false),
			new Shape(Pattern.compile("Unknown field argument '([^']+)'"), 1, (m, c) -> arguments(c), false),
			new Shape(Pattern.compile("contains a field not in '([^']+)': '([^']+)'"), 2,
					(m, c) -> inputFields(c.schema().getType(m.group(1))), true),
			new Shape(Pattern.compile("contains a field name '([^']+)' that is not defined for input object type '([^']+)'"),
					1, (m, c) -> inputFields(c.schema().getType(m.group(2))), true),
			new Shape(Pattern.compile("not in allowable values for enum '([^']+)' - 'EnumValue\\{name='([^']+)'\\}'"), 2,
					(m, c) -> values(c.schema().getType(m.group(1))), true),
			new Shape(Pattern.compile("Invalid input for enum '([^']+)'\\. (?:No value found for name|Unknown value) '([^']+)'"),
					2, (m, c) -> values(c.schema().getType(m.group(1))), true),
			new Shape(Pattern.compile("Unknown type '([^']+)'"), 1, (m, c) -> typeNames(c.schema()), false));

	private SchemaSlips() {
	}

	/** The hint for a validation error, or null when it has none (or there is no schema to ask). */
	static Hint hint(GraphQLError error, GraphQLSchema schema) {
		if (schema == null || error.getMessage() == null) {
			return null;
		}
		for (var shape : SHAPES) {
			var matcher = shape.pattern().matcher(error.getMessage());
			if (matcher.find()) {
				var candidates = shape.candidates().apply(matcher, new Context(schema, error));
				return hint(matcher.group(shape.typed()), candidates, shape.listWhenNoneNear());
			}
		}
		return null;
	}

	private record Near(String word, int distance) {
	}

	static Hint hint(String typed, Collection<String> candidates, boolean listWhenNoneNear) {
		var folded = typed.toLowerCase(Locale.ROOT);
		var near = candidates.stream()
			.filter(c -> !c.equals(typed))
			.map(c -> new Near(c, Slips.distance(folded, c.toLowerCase(Locale.ROOT))))
			.filter(n -> n.distance() <= reach(typed))
			.sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::word))
			.toList();
		if (!near.isEmpty()) {
			// the nearest, and what is about as near: not every word within reach of a long one
			int best = near.getFirst().distance();
			var meant = near.stream().filter(n -> n.distance() <= best + 1).map(Near::word).toList();
			return new Hint(meant.stream().limit(Slips.LISTED).toList(), Slips.didYouMean(meant));
		}
		if (listWhenNoneNear && !candidates.isEmpty() && candidates.size() <= LISTED_WHOLE) {
			var all = candidates.stream().sorted().toList();
			return new Hint(List.of(), "it takes " + String.join(", ", all) + " (可选：" + String.join("、", all) + ")");
		}
		return null;
	}

	private static List<String> fields(GraphQLType type) {
		return type instanceof GraphQLFieldsContainer container
				? container.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList() : List.of();
	}

	private static List<String> inputFields(GraphQLType type) {
		return type instanceof GraphQLInputObjectType input
				? input.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList() : List.of();
	}

	private static List<String> values(GraphQLType type) {
		return type instanceof GraphQLEnumType enumType
				? enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList() : List.of();
	}

	/** The types a variable can have (scalars, enums, input types). */
	private static List<String> typeNames(GraphQLSchema schema) {
		return schema.getAllTypesAsList().stream()
			.filter(graphql.schema.GraphQLInputType.class::isInstance)
			.map(GraphQLNamedType::getName)
			.filter(n -> !n.startsWith("__"))
			.toList();
	}

	/**
	 * The arguments of the field the error is at. The message does not name the field; its path does (the last step),
	 * and every field of that name is asked: the schema's same-named fields take the same arguments.
	 */
	private static List<String> arguments(Context context) {
		if (!(context.error() instanceof ValidationError validation) || validation.getQueryPath() == null
				|| validation.getQueryPath().isEmpty()) {
			return List.of();
		}
		var field = validation.getQueryPath().getLast();
		return context.schema().getAllTypesAsList().stream()
			.filter(GraphQLFieldsContainer.class::isInstance)
			.map(GraphQLFieldsContainer.class::cast)
			.map(t -> t.getFieldDefinition(field))
			.filter(java.util.Objects::nonNull)
			.flatMap(f -> f.getArguments().stream().map(graphql.schema.GraphQLArgument::getName))
			.distinct()
			.toList();
	}

}
