package io.chaingraph.api.product;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.Batches;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Products and industries. */
@Controller
public class ProductController {

	private final Batches batches;

	private final ProductNames names;

	public ProductController(Batches batches, ProductNames names) {
		this.batches = batches;
		this.names = names;
	}

	@QueryMapping
	public Product product(@Argument String name) {
		// as typed, with spaces around it or in full width (ＣＯＢ光源), in either case (cob光源), 銅精礦 as 铜精矿: as
		// upstream(from:) and productPaths read it
		return this.names.find(name);
	}

	@QueryMapping
	public Industry industry(@Argument String code) {
		return this.batches.byKeys("product/industries-by-codes", List.of(code), Industry::of).get(code);
	}

	@BatchMapping(typeName = "Product", field = "segments")
	public Map<Product, List<Segment>> segments(List<Product> products) {
		return this.batches.many("product/segments", products, Product::name, Segment::of);
	}

	@BatchMapping
	public Map<Product, List<Enterprise>> makers(List<Product> products) {
		return this.batches.many("product/makers", products, Product::name, Enterprise::of);
	}

}
