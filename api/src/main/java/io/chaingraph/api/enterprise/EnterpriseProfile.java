package io.chaingraph.api.enterprise;

import java.util.ArrayList;
import java.util.Map;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Prefetch;
import io.chaingraph.api.region.Region;

import org.springframework.stereotype.Component;

/**
 * An enterprise profile (企业画像) in one statement ({@code enterprise/profile}): the firm and the parts of its
 * profile the request selects (region, segments with their chain, designations with firm, chain and region,
 * customers, suppliers), primed into the request's batch loaders. Anything deeper (a customer's region, a segment's
 * parent, …) the batch loaders fetch as usual.
 */
@Component
class EnterpriseProfile {

	private final GraphReads reads;

	EnterpriseProfile(GraphReads reads) {
		this.reads = reads;
	}

	/** Whether the request selects a part of the profile this statement fetches. */
	static boolean covers(Prefetch.Request request) {
		return request.selects("region") || request.selects("segments") || request.selects("designations")
				|| request.selects("customers") || request.selects("suppliers");
	}

	@SuppressWarnings("unchecked")
	Enterprise fetch(String key, Prefetch.Request request) {
		var parameters = Map.<String, Object>of("key", key, "region", request.selects("region"), "segments",
				request.selects("segments"), "designations", request.selects("designations"), "customers",
				request.selects("customers"), "suppliers", request.selects("suppliers"));
		return this.reads.single("enterprise/profile", parameters, record -> {
			var enterprise = Enterprise.of(record.get("enterprise").asMap(Prefetch::plain));
			if (parameters.get("region") == Boolean.TRUE) {
				var region = record.get("region");
				request.prime("Enterprise.region", enterprise, region.isNull() ? null : Region.of(region.asMap(Prefetch::plain)));
			}
			if (parameters.get("segments") == Boolean.TRUE) {
				var segments = new ArrayList<Segment>();
				for (var row : record.get("segments").asList(v -> v.asMap(Prefetch::plain))) {
					var segment = Segment.of((Map<String, Object>) row.get("item"));
					segments.add(segment);
					var chain = (Map<String, Object>) row.get("chain");
					request.prime("Segment.chain", segment, chain == null ? null : Chain.of(chain));
				}
				request.prime("Enterprise.segments", enterprise, segments);
			}
			if (parameters.get("designations") == Boolean.TRUE) {
				var designations = new ArrayList<Designation>();
				for (var row : record.get("designations").asList(v -> v.asMap(Prefetch::plain))) {
					var designation = Designation.of((Map<String, Object>) row.get("item"));
					designations.add(designation);
					request.prime("Designation.enterprise", designation, enterprise);
					request.prime("Designation.chain", designation, Chain.of((Map<String, Object>) row.get("chain")));
					request.prime("Designation.region", designation, Region.of((Map<String, Object>) row.get("region")));
				}
				request.prime("Enterprise.designations", enterprise, designations);
			}
			if (parameters.get("customers") == Boolean.TRUE) {
				request.prime("Enterprise.customers", enterprise,
						record.get("customers").asList(v -> Enterprise.of(v.asMap(Prefetch::plain))));
			}
			if (parameters.get("suppliers") == Boolean.TRUE) {
				request.prime("Enterprise.suppliers", enterprise,
						record.get("suppliers").asList(v -> Enterprise.of(v.asMap(Prefetch::plain))));
			}
			return enterprise;
		});
	}

}
