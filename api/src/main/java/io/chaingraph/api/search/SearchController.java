package io.chaingraph.api.search;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search}. */
@Controller
public class SearchController {

	private final Search search;

	public SearchController(Search search) {
		this.search = search;
	}

	/** Reads the hits' nodes only when the request selects {@code node} (in any fragment or under any alias). */
	@QueryMapping
	public List<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument Integer first,
			DataFetchingFieldSelectionSet selection) {
		return this.search.search(text, types, first, selection.contains("node"));
	}

}
