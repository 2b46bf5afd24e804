package io.chaingraph.api.graphql;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Rejects a request over a {@link QueryLimits} limit with LIMIT_EXCEEDED (and the limit's value) before it is
 * executed, so an abusive request never reaches Neo4j. Syntax errors are left to GraphQL Java's own validation.
 */
@Component
public class QueryLimitsInterceptor implements WebGraphQlInterceptor {

	private final QueryLimits limits;

	private final DocumentCache documents;

	private final ObjectProvider<GraphQlSource> source;

	/**
	 * The fields that take {@code first} but no {@code after} (a ranked list, not pages): their refusal does not
	 * suggest paging on. {@code QueryLimitsTest} holds this to the schema.
	 */
	static final Set<String> UNPAGED = Set.of("search", "productPaths", "supplyPaths");

	public QueryLimitsInterceptor(QueryLimits limits, DocumentCache documents, ObjectProvider<GraphQlSource> source) {
		this.limits = limits;
		this.documents = documents;
		this.source = source;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var violation = check(request.getDocument(), request.getVariables(), request.getOperationName());
		if (violation == null) {
			return chain.next(request);
		}
		var details = new java.util.LinkedHashMap<String, Object>();
		details.put("limit", violation.limit());
		details.put("value", violation.limitValue());
		details.put("actual", violation.actual());
		return Refusal.of(request, ErrorCode.LIMIT_EXCEEDED, violation.message(), details, violation.location(),
				violation.path());
	}

	/**
	 * A broken limit: which, its value, what the request asked for, and the words for the client; for a limit one
	 * field breaks (its page size, depth or an argument's length), where the field is in the request and, when no list
	 * lies above it, its path in the answer; null where not known.
	 */
	public record Violation(String limit, long limitValue, Number actual, String message, SourceLocation location,
			List<Object> path) {

		Violation(String limit, long limitValue, Number actual, String message) {
			this(limit, limitValue, actual, message, null, null);
		}

	}

	/** The first limit the document breaks, or null. */
	public Violation check(String text, Map<String, Object> variables, String operationName) {
		if (text.length() > this.limits.maxDocumentLength()) {
			return new Violation("maxDocumentLength", this.limits.maxDocumentLength(), text.length(),
					"The request is " + text.length() + " characters; the limit is " + this.limits.maxDocumentLength()
							+ " (请求过长)");
		}
		Document document;
		try {
			document = this.documents.parsed(text);
		}
		catch (InvalidSyntaxException ex) {
			return null; // GraphQL Java reports the syntax error itself
		}
		var fragments = new HashMap<String, FragmentDefinition>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		var schema = this.source.getIfAvailable() == null ? null : this.source.getObject().schema();
		for (var operation : DocumentCache.mayRun(document, operationName)) {
			var walk = new Walk(fragments, variables == null ? Map.of() : variables,
					operation.getOperation() == OperationDefinition.Operation.MUTATION, schema);
			walk.selectionSet(operation.getSelectionSet(), 1, 1, root(schema, operation.getOperation()), List.of());
			if (walk.violation != null) {
				return walk.violation;
			}
		}
		return null;
	}

	private static GraphQLType root(GraphQLSchema schema, OperationDefinition.Operation operation) {
		if (schema == null) {
			return null;
		}
		return switch (operation) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
	}

	/**
	 * Walks the request as it would run, with the type each selection is on (from the schema, null where the request
	 * names what the schema lacks: GraphQL Java's validation reports it) and the path of its answer (null below a list,
	 * whose indexes only running it would tell).
	 */
	private final class Walk {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Object> variables;

		private int aliases;

		private long complexity;

		private Violation violation;

		/** The fragments being expanded on the current path: spreading one of them again is a cycle. */
		private final Set<String> expanding = new HashSet<>();

		private final boolean mutation;

		private final GraphQLSchema schema;

		Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, boolean mutation,
				GraphQLSchema schema) {
			this.fragments = fragments;
			this.variables = variables;
			this.mutation = mutation;
			this.schema = schema;
		}

		void selectionSet(SelectionSet set, int depth, long multiplier, GraphQLType on, List<Object> path) {
			if (set == null || this.violation != null) {
				return;
			}
			for (var selection : set.getSelections()) {
				if (this.violation != null) {
					return;
				}
				switch (selection) {
					case Field field -> field(field, depth, multiplier, on, path);
					case InlineFragment inline -> selectionSet(inline.getSelectionSet(), depth, multiplier,
							typed(inline.getTypeCondition(), on), path);
					case FragmentSpread spread -> spread(spread, depth, multiplier, on, path);
					default -> {
					}
				}
			}
		}

		/**
		 * A spread costs what a field costs, so that fragments spreading others twice over (2^40 expansions in a
		 * kilobyte) run into the complexity limit instead of keeping a thread busy for ever. A fragment already being
		 * expanded on this path is a cycle: not walked again (GraphQL Java's validation then reports the cycle).
		 */
		void spread(FragmentSpread spread, int depth, long multiplier, GraphQLType on, List<Object> path) {
			var fragment = this.fragments.get(spread.getName());
			if (fragment == null || !cost(multiplier) || !this.expanding.add(spread.getName())) {
				return;
			}
			selectionSet(fragment.getSelectionSet(), depth, multiplier, typed(fragment.getTypeCondition(), on), path);
			this.expanding.remove(spread.getName());
		}

		/** The type a fragment's condition names, else the type it is spread on. */
		private GraphQLType typed(TypeName condition, GraphQLType on) {
			return condition == null || this.schema == null ? on : this.schema.getType(condition.getName());
		}

		void field(Field field, int depth, long multiplier, GraphQLType on, List<Object> parentPath) {
			var limits = QueryLimitsInterceptor.this.limits;
			var definition = on instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(field.getName())
					: null;
			List<Object> path = parentPath == null ? null : append(parentPath, field.getResultKey());
			if (field.getName().equals("__schema") || field.getName().equals("__type")) {
				// Introspection (GraphiQL's schema query nests ~15 levels in its TypeRef fragment) reads no data and
				// is not walked; GraphQL Java's good-faith introspection check bounds its size. It still costs one.
				cost(multiplier);
				return;
			}
			if (depth > limits.maxDepth()) {
				this.violation = new Violation("maxDepth", limits.maxDepth(), depth, "The request nests " + depth
						+ " levels deep at '" + field.getName() + "'; the limit is " + limits.maxDepth() + " (查询嵌套过深)",
						field.getSourceLocation(), path);
				return;
			}
			if (field.getAlias() != null && ++this.aliases > limits.maxAliases()) {
				this.violation = new Violation("maxAliases", limits.maxAliases(), this.aliases,
						"The request uses more than " + limits.maxAliases() + " aliases (别名过多)");
				return;
			}
			long pageSize = 1;
			for (Argument argument : field.getArguments()) {
				var value = resolve(argument.getValue());
				if ((argument.getName().equals("first") || argument.getName().equals("last"))
						&& integer(value) instanceof BigInteger n) {
					if (n.compareTo(BigInteger.valueOf(limits.maxPageSize())) > 0) {
						// The number as asked, also past a long (first: 99999999999999999999)
						this.violation = new Violation("maxPageSize", limits.maxPageSize(), exact(n),
								argument.getName() + ": '" + field.getName() + "' asks for " + n + " items; at most "
										+ limits.maxPageSize() + (UNPAGED.contains(field.getName())
												? " (最多 " + limits.maxPageSize() + " 条)"
												: " per page, use 'after' to page on (每页最多 " + limits.maxPageSize()
														+ " 条，可用 after 翻页)"),
								field.getSourceLocation(), path);
						return;
					}
					pageSize = Math.max(1, n.longValue());
				}
				// A query's strings are keys, names and search words, also inside filters; a mutation's input objects
				// carry quotes from documents, which the curation's own rules bound (Vocabulary.MAX_LENGTH).
				var text = this.mutation ? (value instanceof String s ? longText(s) : null) : longText(argument.getValue());
				if (text != null) {
					this.violation = new Violation("maxTextLength", limits.maxTextLength(), text.value().length(),
							"Argument '" + argument.getName() + text.path() + "' is " + text.value().length()
									+ " characters; the limit is " + limits.maxTextLength() + " (参数过长)",
							field.getSourceLocation(), path);
					return;
				}
			}
			boolean list = field.getSelectionSet() != null && isList(field);
			if (list && pageSize == 1 && !hasPageArgument(field)) {
				pageSize = limits.listEstimate();
			}
			if (!cost(multiplier)) {
				return;
			}
			var type = definition == null ? null : GraphQLTypeUtil.unwrapNonNull(definition.getType());
			selectionSet(field.getSelectionSet(), depth + 1, list ? multiplier * pageSize : multiplier,
					type == null ? null : GraphQLTypeUtil.unwrapAll(type), type == null || GraphQLTypeUtil.isList(type) ? null : path);
		}

		private static List<Object> append(List<Object> path, String key) {
			var longer = new ArrayList<Object>(path);
			longer.add(key);
			return List.copyOf(longer);
		}

		/** Adds one field's or spread's cost; false (and the violation) once the total is over the limit. */
		private boolean cost(long multiplier) {
			var limits = QueryLimitsInterceptor.this.limits;
			this.complexity += multiplier;
			if (this.complexity > limits.maxComplexity()) {
				this.violation = new Violation("maxComplexity", limits.maxComplexity(), this.complexity,
						"The request's estimated cost exceeds " + limits.maxComplexity()
								+ " (each field and fragment spread counts once per item of the lists around it); "
								+ "ask for smaller pages or fewer fields (查询过于复杂)");
				return false;
			}
			return true;
		}

		/**
		 * A field with first/last is a page; a plural field without one is estimated at the default page size. The
		 * edges/nodes of a connection are not multiplied again: the connection's page size already was.
		 */
		private boolean isList(Field field) {
			if (field.getName().equals("edges") || field.getName().equals("nodes")) {
				return false;
			}
			return hasPageArgument(field) || field.getName().endsWith("s");
		}

		private boolean hasPageArgument(Field field) {
			return field.getArguments().stream().anyMatch(a -> a.getName().equals("first") || a.getName().equals("last"));
		}

		/** A string in an argument: where below the argument (.region, [3]) and what. */
		private record Text(String path, String value) {

			Text under(String step) {
				return new Text(step + this.path, this.value);
			}

		}

		/**
		 * The first string over the length limit in an argument's value (literal or variable, nested too), or null;
		 * its path is built on the way back, so a request within the limits builds none.
		 */
		private Text longText(Object value) {
			switch (value) {
				case StringValue s -> {
					return longText(s.getValue());
				}
				case VariableReference v -> {
					return longText(this.variables.get(v.getName()));
				}
				case String s -> {
					return s.length() > QueryLimitsInterceptor.this.limits.maxTextLength() ? new Text("", s) : null;
				}
				case ObjectValue o -> {
					for (var field : o.getObjectFields()) {
						var text = longText(field.getValue());
						if (text != null) {
							return text.under("." + field.getName());
						}
					}
				}
				case Map<?, ?> m -> {
					for (var entry : m.entrySet()) {
						var text = longText(entry.getValue());
						if (text != null) {
							return text.under("." + entry.getKey());
						}
					}
				}
				case ArrayValue a -> {
					return longText(a.getValues());
				}
				case List<?> l -> {
					for (int i = 0; i < l.size(); i++) {
						var text = longText(l.get(i));
						if (text != null) {
							return text.under("[" + i + "]");
						}
					}
				}
				case null, default -> {
				}
			}
			return null;
		}

		/** An integral number as a BigInteger (a literal or a variable), else null: GraphQL Java reports the type. */
		private static BigInteger integer(Object value) {
			return switch (value) {
				case BigInteger b -> b;
				case Long l -> BigInteger.valueOf(l);
				case Integer i -> BigInteger.valueOf(i);
				case null, default -> null;
			};
		}

		private static Number exact(BigInteger n) {
			return n.bitLength() < 64 ? (Number) n.longValue() : n;
		}

		private Object resolve(Value<?> value) {
			return switch (value) {
				case IntValue i -> i.getValue();
				case StringValue s -> s.getValue();
				case VariableReference v -> this.variables.get(v.getName());
				default -> null;
			};
		}

	}

}
