package io.chaingraph.api.enterprise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Prefetch;
import io.chaingraph.api.region.Region;

import org.springframework.stereotype.Component;

/**
 * An enterprise profile (企业画像) in one statement ({@code enterprise/profile}): the firm and the parts of its
 * profile the request selects (region, segments with their chain, designations with firm, chain and region, the page
 * of customers and of suppliers asked for), primed into the request's batch loaders. Anything deeper (a customer's
 * region, a segment's parent, …) the batch loaders fetch as usual.
 */
@Component
public final class EnterpriseProfile {

	private final GraphReads reads;

	private final EnterprisePartners partners;

	EnterpriseProfile(GraphReads reads, EnterprisePartners partners) {
		this.reads = reads;
		this.partners = partners;
	}

	/** Whether the request selects a part of the profile this statement fetches. */
	static boolean covers(Prefetch.Request request) {
		return request.selects("region") || request.selects("segments") || request.selects("designations")
				|| request.arguments("customers") != null || request.arguments("suppliers") != null;
	}

	@SuppressWarnings("unchecked")
	Enterprise fetch(String key, Prefetch.Request request) {
		var customers = window(request, "customers");
		var suppliers = window(request, "suppliers");
		var parameters = parameters(key, request.selects("region"), request.selects("segments"),
				request.selects("designations"), customers, suppliers);
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
			if (customers != null) {
				request.prime(EnterprisePartners.LOADER, new EnterprisePartners.Parent(key, true, customers),
						EnterprisePartners.page(record.get("customers").asList(v -> Enterprise.of(v.asMap(Prefetch::plain))),
								customers, true, record.get("customersTotal").asInt()));
			}
			if (suppliers != null) {
				request.prime(EnterprisePartners.LOADER, new EnterprisePartners.Parent(key, false, suppliers),
						EnterprisePartners.page(record.get("suppliers").asList(v -> Enterprise.of(v.asMap(Prefetch::plain))),
								suppliers, false, record.get("suppliersTotal").asInt()));
			}
			return enterprise;
		});
	}

	/**
	 * The parameters of {@code enterprise/profile}: which parts to fetch, and the page of customers and of suppliers
	 * (null: not fetched; one firm more than the page, to tell whether a next page exists). Public for
	 * {@code bench api --baseline statements}, which runs the same statement directly.
	 */
	public static Map<String, Object> parameters(String key, boolean region, boolean segments, boolean designations,
			EnterprisePartners.Window customers, EnterprisePartners.Window suppliers) {
		var parameters = new HashMap<String, Object>(Map.of("key", key, "region", region, "segments", segments,
				"designations", designations, "customers", customers != null, "suppliers", suppliers != null));
		parameters.put("customersAfter", customers == null ? null : customers.afterKey());
		parameters.put("customersLimit", customers == null ? 0 : customers.size() + 1);
		parameters.put("suppliersAfter", suppliers == null ? null : suppliers.afterKey());
		parameters.put("suppliersLimit", suppliers == null ? 0 : suppliers.size() + 1);
		return parameters;
	}

	/**
	 * The page of customers or suppliers the request asks for, when it selects the field once with a valid page;
	 * otherwise null, and the field's own loader answers (and reports a bad page size or cursor on the field).
	 */
	private EnterprisePartners.Window window(Prefetch.Request request, String field) {
		var arguments = request.arguments(field);
		if (arguments == null) {
			return null;
		}
		try {
			return this.partners.window((Integer) arguments.get("first"), (String) arguments.get("after"),
					field.equals("customers"));
		}
		catch (ApiException | ClassCastException ex) {
			return null;
		}
	}

}
