package io.chaingraph.api.target;

import io.chaingraph.api.gap.GapInput;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.target.SupplementTargetQuery.TargetFilter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code supplementTargets}: the gap table, then one ranked page; two statements whatever the page size. */
@Controller
public class TargetController {

	private final SupplementTargetQuery targets;

	private final QueryLimits limits;

	public TargetController(SupplementTargetQuery targets, QueryLimits limits) {
		this.targets = targets;
		this.limits = limits;
	}

	@QueryMapping
	public SupplementTargetConnection supplementTargets(@Argument String chain, @Argument String region,
			@Argument Integer weakBelow, @Argument TargetFilter filter, @Argument Integer first, @Argument String after) {
		int size = Connection.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		return this.targets.page(GapInput.of(chain, region, weakBelow), filter, size, after);
	}

}
