package io.chaingraph.api.supply;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code upstream} and {@code downstream}. */
@Controller
public class SupplyController {

	private final SupplyTraversal traversal;

	public SupplyController(SupplyTraversal traversal) {
		this.traversal = traversal;
	}

	@QueryMapping
	public Reach upstream(@Argument String from, @Argument Integer maxHops, @Argument String enterprisesIn) {
		return this.traversal.traverse(from, true, maxHops, enterprisesIn);
	}

	@QueryMapping
	public Reach downstream(@Argument String from, @Argument Integer maxHops, @Argument String enterprisesIn) {
		return this.traversal.traverse(from, false, maxHops, enterprisesIn);
	}

}
