package io.chaingraph.api.overlap;

import java.util.List;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.PolicyChain;
import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code OverlapPolicyChain}: a chain some compared region names as a policy chain, with every
 * compared region that names it (the same Chain node: the data says it is the same chain), which compared regions
 * cover it and how much, and the policy chains of the others it is linked with by supply links.
 */
public record OverlapPolicyChain(Chain chain, List<PolicyChain> namedBy, boolean namedByAll, List<Region> coveredBy,
		List<Integer> segmentsCovered, List<Link> linked) {

	/**
	 * The GraphQL type {@code OverlapChainLink}: another listed policy chain, {@code supplies} links from this
	 * chain's segments into it, {@code suppliedBy} links from it into this chain.
	 */
	public record Link(Chain chain, int supplies, int suppliedBy, List<Region> namedBy) {
	}

}
