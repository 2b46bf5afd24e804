package io.chaingraph.api.search;

import java.util.List;

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

	@QueryMapping
	public List<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument Integer first) {
		return this.search.search(text, types, first);
	}

}
