package io.chaingraph.api.enterprise;

import java.util.LinkedHashMap;
import java.util.Map;

import io.chaingraph.api.chain.ChainNames;
import io.chaingraph.api.chain.SegmentNames;
import io.chaingraph.api.cluster.ClusterNames;
import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.model.rules.Slips;
import io.chaingraph.model.rules.Vocabulary;

import org.springframework.stereotype.Component;

/**
 * A firm filter as a 招商 team writes it (赣州, 有色金属, 电解铜箔, 南昌航空城), as the codes and keys the statements
 * take. Asked only when a list came back empty: then each text is a key the graph has, or a name of one, or the
 * answer is NOT_FOUND (with what it may have meant) rather than an empty list that reads as "no firms there".
 */
@Component
public class FilterNames {

	private final GraphReads reads;

	private final RegionNames regions;

	private final ChainNames chains;

	private final SegmentNames segments;

	private final ClusterNames clusters;

	FilterNames(GraphReads reads, RegionNames regions, ChainNames chains, SegmentNames segments, ClusterNames clusters) {
		this.reads = reads;
		this.regions = regions;
		this.chains = chains;
		this.segments = segments;
		this.clusters = clusters;
	}

	/** Whether the filter names anything that may be written by name or not exist. */
	static boolean names(EnterpriseFilter filter) {
		return filter != null && (filter.region() != null || filter.chain() != null || filter.segment() != null
				|| filter.cluster() != null || filter.tier() != null);
	}

	/**
	 * The filter with every name replaced by its key or code.
	 * @throws ApiException NOT_FOUND for a text that is neither, BAD_INPUT for a name several share or a region that
	 * is a cooperation area
	 */
	public EnterpriseFilter resolve(EnterpriseFilter filter) {
		return resolve(filter, "filter.");
	}

	/**
	 * {@link #resolve(EnterpriseFilter)}, its refusals naming each field after {@code prefix}: a download's query
	 * parameters are {@code region}, {@code chain} …, not {@code filter.region}.
	 */
	public EnterpriseFilter resolve(EnterpriseFilter filter, String prefix) {
		if (filter == null) {
			return null;
		}
		if (filter.tier() != null) {
			tier(filter.tier());
		}
		return new EnterpriseFilter(
				filter.region() == null ? null : this.regions.holdingFirms(filter.region(), prefix + "region"),
				filter.chain() == null ? null : this.chains.known(filter.chain(), prefix + "chain"),
				filter.segment() == null ? null : this.segments.known(filter.segment(), prefix + "segment"), filter.tags(),
				filter.tier(), filter.cluster() == null ? null : this.clusters.known(filter.cluster(), prefix + "cluster"),
				filter.illustrative());
	}

	/** The region's code, given its code or name (a nested list's {@code region} argument). */
	String region(String text) {
		return this.regions.holdingFirms(text, "region");
	}

	/** Refuses a cooperation area as the parent of a firm list ({@code Region.enterprises}): no firm is in one. */
	void holdsFirms(io.chaingraph.api.region.Region region) {
		this.regions.holdsFirms(region);
	}

	/**
	 * A tier no policy gives (14条 for 14条重点产业链) is NOT_FOUND, with the tiers there are: in the firm filter and
	 * the chain filter alike (a chain filter's unknown tier was an empty list).
	 */
	public void tier(String tier) {
		var tiers = this.reads.list("chain/tiers", Map.of(), r -> r.get("tier").asString());
		if (tiers.contains(tier)) {
			return;
		}
		var meant = Vocabulary.meant(java.util.Set.copyOf(tiers), tier);
		var details = new LinkedHashMap<String, Object>();
		details.put("key", tier);
		details.put("tiers", tiers);
		throw new ApiException(ErrorCode.NOT_FOUND, "filter.tier: no policy names a chain at tier '" + tier
				+ "' (没有该层级的政策产业链); the tiers are " + tiers
				+ (meant.isEmpty() ? "" : "; " + Slips.didYouMean(meant)), details);
	}

}
