package io.chaingraph.api.product;

import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Names;

import org.springframework.stereotype.Component;

/**
 * Products by the names people write: the name, else the name in either case (cob光源 is COB光源), in full width or
 * traditional characters too ({@code product/by-name}); a product's name is its key. For {@code product(name:)}, the
 * start of {@code upstream} / {@code downstream} and the ends of {@code productPaths}.
 */
@Component
public class ProductNames extends Names<Product> {

	public ProductNames(GraphReads reads) {
		super(reads, "Product 产品", "product/by-name", "product/by-keys", "product/suggest", Product::of, Product::name,
				Product::name, Product::name, "give the name as the graph writes it (产品名称仅大小写不同，请按原写法填写)");
	}

}
