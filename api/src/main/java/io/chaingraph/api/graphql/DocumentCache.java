package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct request text once (已解析请求缓存): clients send the same few operations again
 * and again (with variables, or with their keys written in), and GraphQL Java would otherwise parse and validate the
 * document on every request. A bounded least-recently-used map ({@code chaingraph.graphql.document-cache-size},
 * default 500, 0 switches it off); only valid documents up to {@link #LONGEST} characters are kept, so neither
 * junk nor a few huge requests can fill it. The checks that look at a request before it runs (access, limits) read
 * the same documents ({@link #parsed}), so a request seen before is parsed by nobody.
 */
@Component
public class DocumentCache implements PreparsedDocumentProvider {

	/** Longer documents are parsed every time: rare, and each would hold a large syntax tree. */
	static final int LONGEST = 5_000;

	private final Map<String, PreparsedDocumentEntry> entries;

	private final int size;

	private final AtomicLong hits = new AtomicLong();

	public DocumentCache(@Value("${chaingraph.graphql.document-cache-size:500}") int size) {
		this.size = size;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > DocumentCache.this.size;
			}
		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		var text = input.getQuery();
		if (this.size <= 0 || text.length() > LONGEST) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		PreparsedDocumentEntry entry;
		synchronized (this.entries) {
			entry = this.entries.get(text);
		}
		if (entry != null) {
			this.hits.incrementAndGet();
			return CompletableFuture.completedFuture(entry);
		}
		entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			synchronized (this.entries) {
				this.entries.put(text, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** Bounds for parsing a request before its limits are checked: a huge document cannot make the parser work long. */
	private static final ParserOptions BOUNDED = ParserOptions.newParserOptions().maxTokens(50_000).maxRuleDepth(200).build();

	/**
	 * The request text's document: the one GraphQL Java parsed and validated before, or else parsed now with bounded
	 * options (not kept: only GraphQL Java's validated documents are).
	 * @throws InvalidSyntaxException when the text is no GraphQL document (GraphQL Java reports that itself)
	 */
	public Document parsed(String text) {
		if (this.size > 0 && text.length() <= LONGEST) {
			PreparsedDocumentEntry entry;
			synchronized (this.entries) {
				entry = this.entries.get(text);
			}
			if (entry != null) {
				return entry.getDocument();
			}
		}
		return Parser.parse(new ParserEnvironment.Builder().document(text).parserOptions(BOUNDED).build());
	}

	/**
	 * Whether the operation that will run is a mutation; when the document holds several and none is named (an empty
	 * name names none), any mutation among them counts (GraphQL refuses such a request anyway). False for a document that does not parse:
	 * GraphQL Java reports the syntax error itself, and runs nothing.
	 */
	public boolean isMutation(String document, String operationName) {
		try {
			return mayRun(parsed(document), operationName).stream()
				.anyMatch(o -> o.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	/**
	 * The operations of a document that may run for a request's operation name: the one it names, the only one, or
	 * all of them when it names none. An empty name names none: GraphQL Java then runs the first operation, and
	 * {@code "operationName": ""} used to match no operation here, so the access check and the limits skipped the one
	 * that ran (a mutation reached its resolver without a token, 500 aliases ran past the limit of 30).
	 */
	public static List<OperationDefinition> mayRun(Document document, String operationName) {
		var operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null || operationName.isEmpty() || operations.size() == 1) {
			return operations;
		}
		return operations.stream().filter(o -> operationName.equals(o.getName())).toList();
	}

	/** How many requests were answered from the cache since start (tests read it). */
	public long hits() {
		return this.hits.get();
	}

	@Bean
	static GraphQlSourceBuilderCustomizer documentCacheInGraphQl(DocumentCache cache) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

}
