package io.chaingraph.api.supply;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code upstream}, {@code downstream}, {@code supplyPaths} and {@code productPaths}. */
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

	@QueryMapping
	public SupplyPaths supplyPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument Integer first) {
		return this.traversal.paths(from, to, maxHops, first);
	}

	@QueryMapping
	public ProductPaths productPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument Integer first) {
		return this.traversal.productPaths(from, to, maxHops, first);
	}

}
