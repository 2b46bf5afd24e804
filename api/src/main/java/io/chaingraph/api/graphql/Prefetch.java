package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a top-level query answer its hot nested fields from the statement that found the object itself.
 * <p>
 * The query looks ahead at what the request selects, fetches those neighbours in the same statement, and primes the
 * request's batch loaders (the {@code @BatchMapping} ones, named {@code Type.field}) with them: a primed field is
 * answered from memory, anything else the request asks for still goes through its batch loader, so every request
 * gets the same answer either way, only with fewer statements (the chain map: one instead of ten). Each request has
 * its own loaders, so nothing primed outlives it.
 */
@Component
public class Prefetch {

	private volatile boolean enabled;

	public Prefetch(@Value("${chaingraph.graphql.prefetch:true}") boolean enabled) {
		this.enabled = enabled;
	}

	/** The look-ahead of one request at the current field, or null when prefetching is switched off. */
	public Request on(DataFetchingEnvironment environment) {
		return this.enabled ? new Request(environment) : null;
	}

	/** Switches prefetching on or off ({@code chaingraph.graphql.prefetch}); tests compare both paths with it. */
	public void enable(boolean enabled) {
		this.enabled = enabled;
	}

	/** Neo4j values as plain Java values, as the batch loaders read them. */
	public static Object plain(org.neo4j.driver.Value value) {
		return Batches.plain(value);
	}

	/** One request's selection below the current field, and its batch loaders. */
	public static final class Request {

		private final DataFetchingEnvironment environment;

		Request(DataFetchingEnvironment environment) {
			this.environment = environment;
		}

		/**
		 * Whether the request selects this field (a path such as {@code segments/parent} for deeper ones), and
		 * only without arguments: a field with arguments has a loader of its own and is never primed.
		 */
		public boolean selects(String path) {
			// A walk down the immediate fields rather than getFields(glob), which compiles a glob matcher on every
			// call: that was a tenth of the GraphQL execution's CPU for the chain map and the enterprise profile.
			var names = path.split("/");
			List<SelectedField> fields = named(this.environment.getSelectionSet().getImmediateFields(), names[0]);
			for (int i = 1; i < names.length; i++) {
				var children = fields.stream().flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
				fields = named(children, names[i]);
			}
			return !fields.isEmpty() && fields.stream().allMatch(f -> f.getArguments().isEmpty());
		}

		/**
		 * The arguments of the immediate field {@code name} (with their defaults), when the request selects it exactly
		 * once; null when it does not select it or selects it more than once (aliases asking for different pages).
		 */
		public Map<String, Object> arguments(String name) {
			var fields = named(this.environment.getSelectionSet().getImmediateFields(), name);
			return fields.size() == 1 ? fields.getFirst().getArguments() : null;
		}

		private static List<SelectedField> named(List<SelectedField> fields, String name) {
			return fields.stream().filter(f -> f.getName().equals(name)).toList();
		}

		/** Hands the batch loader {@code loader} (e.g. {@code Chain.segments}) its answer for {@code key}. */
		public <K, V> void prime(String loader, K key, V value) {
			DataLoader<K, V> dataLoader = this.environment.getDataLoader(loader);
			if (dataLoader != null) {
				dataLoader.prime(key, value);
			}
		}

	}

}
