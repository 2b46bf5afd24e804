package io.chaingraph.api.supply;

import java.util.List;

import io.chaingraph.api.product.Product;

/**
 * The GraphQL type {@code ProductPaths}: the routes from one product to another on the product graph, shortest first.
 *
 * @param hasMore whether more routes lie within {@code maxHops} than are listed
 * @param reversed no route runs from {@code from} to {@code to}, but one runs back
 */
public record ProductPaths(Product from, Product to, int maxHops, List<ProductPath> paths, boolean hasMore,
		boolean reversed) {

	/** The GraphQL type {@code ProductPath}: one route, both ends included. */
	public record ProductPath(int hops, List<Product> products) {
	}

}
