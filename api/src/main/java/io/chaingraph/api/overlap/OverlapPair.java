package io.chaingraph.api.overlap;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code OverlapPair}: how alike two of the compared regions are. {@code jaccard} is shared /
 * union of their covered segments, null when neither covers any; {@code chainJaccard} the same over chains.
 */
public record OverlapPair(Region a, Region b, int sharedSegments, int unionSegments, Double jaccard, int sharedChains,
		int unionChains, Double chainJaccard, boolean nested) {

	static Double jaccard(int shared, int union) {
		return union == 0 ? null : (double) shared / union;
	}

}
