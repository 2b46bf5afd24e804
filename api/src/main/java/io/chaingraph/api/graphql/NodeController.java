package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.cluster.Cluster;
import io.chaingraph.api.enterprise.Designation;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id)}: any object by its global ID. */
@Controller
public class NodeController {

	private record Finder(String query, Function<Map<String, Object>, Object> mapper) {
	}

	private static final Map<String, Finder> FINDERS = Map.of("Chain", new Finder("chain/by-keys", Chain::of), "Segment",
			new Finder("segment/by-keys", Segment::of), "Region", new Finder("region/by-codes", Region::of), "Cluster",
			new Finder("cluster/by-keys", Cluster::of), "Enterprise", new Finder("enterprise/by-keys", Enterprise::of),
			"Designation", new Finder("designation/by-keys", Designation::of), "Product",
			new Finder("product/by-keys", io.chaingraph.api.product.Product::of), "Industry",
			new Finder("product/industries-by-codes", io.chaingraph.api.product.Industry::of));

	private final Batches batches;

	public NodeController(Batches batches) {
		this.batches = batches;
	}

	@QueryMapping
	public Object node(@Argument String id) {
		var decoded = GlobalId.decode(id, null);
		var finder = FINDERS.get(decoded.type());
		if (finder == null) {
			throw ApiException.badInput("Objects of type " + decoded.type() + " cannot be fetched by ID yet (暂不支持按 ID 查询该类型)");
		}
		return this.batches.byKeys(finder.query(), List.of(decoded.key()), finder.mapper()).get(decoded.key());
	}

}
