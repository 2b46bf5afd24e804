package io.chaingraph.api.enterprise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.graphql.QueryLimits;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code Enterprise.customers} and {@code Enterprise.suppliers} (下游客户、上游供应商): connections in key order,
 * because a 链主 can have thousands of partners. Both fields hand their parent and page to one DataLoader, so a
 * request runs one statement ({@code enterprise/partner-pages}) per distinct page asked for, whatever the number of
 * parents and for both directions together. The enterprise profile fills this loader from its own statement
 * ({@link EnterpriseProfile}).
 */
@Controller
public class EnterprisePartners {

	static final String LOADER = "enterprisePartners";

	private static final CursorScope CUSTOMERS = CursorScope.of("Enterprise.customers");

	private static final CursorScope SUPPLIERS = CursorScope.of("Enterprise.suppliers");

	/** The page one field asks for: its size and the key after which it starts (null: the first page). */
	public record Window(int size, String afterKey) {
	}

	/** One parent's request: the enterprise, which direction (customers or suppliers) and the page. */
	record Parent(String key, boolean customers, Window window) {
	}

	private final GraphReads reads;

	private final QueryLimits limits;

	public EnterprisePartners(GraphReads reads, QueryLimits limits, BatchLoaderRegistry registry) {
		this.reads = reads;
		this.limits = limits;
		registry.forTypePair(Parent.class, Connection.class)
			.withName(LOADER)
			.registerMappedBatchLoader((parents, environment) -> Mono.fromCallable(() -> pages(parents)));
	}

	@SchemaMapping(typeName = "Enterprise", field = "customers")
	public CompletableFuture<Connection<Enterprise>> customers(Enterprise enterprise, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load(env, new Parent(enterprise.key(), true, window(first, after, true)));
	}

	@SchemaMapping(typeName = "Enterprise", field = "suppliers")
	public CompletableFuture<Connection<Enterprise>> suppliers(Enterprise enterprise, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load(env, new Parent(enterprise.key(), false, window(first, after, false)));
	}

	/**
	 * Checks the page size and cursor (one of the customers' or of the suppliers' lists): a bad one is reported on the
	 * field that asked for it, as BAD_INPUT.
	 */
	Window window(Integer first, String after, boolean customers) {
		int size = Connection.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		return new Window(size, Enterprise.Position.of((customers ? CUSTOMERS : SUPPLIERS).position(after)).key());
	}

	/**
	 * A fetched page of customers or suppliers (up to size + 1 firms: the one past the page says there is a next page)
	 * as a connection.
	 */
	static Connection<Enterprise> page(List<Enterprise> fetched, Window window, boolean customers, int total) {
		return Connection.of(fetched, window.size(), customers ? CUSTOMERS : SUPPLIERS, Enterprise::key, total);
	}

	private static CompletableFuture<Connection<Enterprise>> load(DataFetchingEnvironment env, Parent parent) {
		org.dataloader.DataLoader<Parent, Connection<Enterprise>> loader = env.getDataLoader(LOADER);
		return loader.load(parent);
	}

	private Map<Parent, Connection> pages(Set<Parent> parents) {
		var byWindow = new LinkedHashMap<Window, List<Parent>>();
		parents.forEach(p -> byWindow.computeIfAbsent(p.window(), w -> new ArrayList<>()).add(p));
		var result = new HashMap<Parent, Connection>();
		byWindow.forEach((window, group) -> {
			var rows = group.stream().map(p -> Map.<String, Object>of("key", p.key(), "customers", p.customers())).toList();
			var parameters = new HashMap<String, Object>();
			parameters.put("parents", rows);
			parameters.put("afterKey", window.afterKey());
			parameters.put("limit", window.size() + 1);
			var found = new HashMap<Parent, Connection>();
			this.reads.list("enterprise/partner-pages", parameters, r -> r).forEach(r -> {
				var items = r.get("items").asList(v -> Enterprise.of(v.asMap(value -> value.asObject())));
				found.put(new Parent(r.get("key").asString(), r.get("customers").asBoolean(), window),
						page(items, window, r.get("customers").asBoolean(), r.get("total").asInt()));
			});
			// A firm removed since the request began has no row: an empty page, not an error.
			group.forEach(p -> result.put(p, found.getOrDefault(p, page(List.of(), window, p.customers(), 0))));
		});
		return result;
	}

}
