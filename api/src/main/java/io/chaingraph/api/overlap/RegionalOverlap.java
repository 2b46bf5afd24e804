package io.chaingraph.api.overlap;

import java.util.ArrayList;
import java.util.List;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code RegionalOverlap}: the compared regions (in the order asked), the chain (null: every chain)
 * and their coverage. The paged lists are served from {@link #coverage()} by {@link OverlapController}.
 */
public record RegionalOverlap(List<Region> regions, Chain chain, List<RegionNesting> nesting, Coverage coverage) {

	public int segmentCount() {
		return this.coverage.segments().size();
	}

	public int chainCount() {
		return this.coverage.chains().size();
	}

	public List<OverlapRegion> byRegion() {
		var result = new ArrayList<OverlapRegion>();
		for (int i = 0; i < this.regions.size(); i++) {
			result.add(new OverlapRegion(this.regions.get(i), i, this.coverage.count(Coverage.by(i)),
					this.coverage.chains(Coverage.by(i)).size(), this.coverage));
		}
		return result;
	}

	public List<OverlapPair> pairs() {
		var result = new ArrayList<OverlapPair>();
		for (int a = 0; a < this.regions.size(); a++) {
			for (int b = a + 1; b < this.regions.size(); b++) {
				int x = a;
				int y = b;
				int both = (1 << x) | (1 << y);
				int sharedSegments = this.coverage.count(by -> (by & both) == both);
				int unionSegments = this.coverage.count(by -> (by & both) != 0);
				int sharedChains = this.coverage.chains(by -> (by & both) == both).size();
				int unionChains = this.coverage.chains(by -> (by & both) != 0).size();
				var ra = this.regions.get(a);
				var rb = this.regions.get(b);
				boolean nested = this.nesting.stream()
					.anyMatch(n -> n.inner().equals(ra) && n.outer().equals(rb) || n.inner().equals(rb) && n.outer().equals(ra));
				result.add(new OverlapPair(ra, rb, sharedSegments, unionSegments,
						OverlapPair.jaccard(sharedSegments, unionSegments), sharedChains, unionChains,
						OverlapPair.jaccard(sharedChains, unionChains), nested));
			}
		}
		return result;
	}

	public List<OverlapComplement> complementarity() {
		var result = new ArrayList<OverlapComplement>();
		for (int a = 0; a < this.regions.size(); a++) {
			int gaps = this.coverage.segments().size() - this.coverage.count(Coverage.by(a));
			for (int b = 0; b < this.regions.size(); b++) {
				if (a != b) {
					result.add(new OverlapComplement(this.regions.get(a), this.regions.get(b), a, b, gaps, this.coverage));
				}
			}
		}
		return result;
	}

}
