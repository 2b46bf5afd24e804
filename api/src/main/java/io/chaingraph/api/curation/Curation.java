package io.chaingraph.api.curation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import io.chaingraph.api.access.ApiTokens;
import io.chaingraph.api.access.Caller;
import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.ChainNames;
import io.chaingraph.api.enterprise.Designation;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.enterprise.EnterpriseNames;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.GraphSessions;
import io.chaingraph.api.graphql.Lookup;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;
import io.chaingraph.api.region.Region;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.order.NameOrder;
import io.chaingraph.model.rules.CreditCode;
import io.chaingraph.model.rules.FieldRule;
import io.chaingraph.model.rules.Problem;
import io.chaingraph.model.rules.Provenance;
import io.chaingraph.model.rules.Reference;
import io.chaingraph.model.rules.RegionCodes;
import io.chaingraph.model.rules.Slips;
import io.chaingraph.model.rules.Vocabulary;
import io.chaingraph.model.schema.NewerSchemaException;
import io.chaingraph.model.schema.SchemaLevelGuard;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The curation changes. Each one: checks the caller, checks its input with the loader's rules (nothing reaches Neo4j
 * when that fails), then in ONE write transaction checks the keys it refers to, takes the changed thing's state
 * before, writes, takes it after, and records the audit entry; any failure rolls all of it back.
 * <p>
 * What it writes carries provenance as the loader writes it ({@code source}, {@code quote}, {@code illustrative})
 * and {@link #MARKER} in {@code datasets}: a loader {@code --prune} removes only its own data set from that list and
 * deletes an element only when the list is empty, so it never deletes what curation wrote or touched.
 */
@Component
public class Curation {

	/** The {@code datasets} entry of everything curation writes or changes; no data set id (a slug) can equal it. */
	public static final String MARKER = Source.CURATION;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The GraphQL input {@code UpsertEnterpriseInput}. */
	public record UpsertEnterpriseInput(String key, String name, List<String> aliases, String creditCode, String stockCode,
			String regionCode, List<String> tags, Integer founded, String source, String quote, String expectedRevision) {
	}

	/** The GraphQL input {@code LinkEnterpriseToSegmentInput}. */
	public record LinkEnterpriseToSegmentInput(String enterprise, String segment, String role, String source, String quote) {
	}

	/** The GraphQL input {@code UnlinkEnterpriseFromSegmentInput}. */
	public record UnlinkEnterpriseFromSegmentInput(String enterprise, String segment, String source, String quote) {
	}

	/** The GraphQL input {@code UnlinkEnterpriseFromProductInput}. */
	public record UnlinkEnterpriseFromProductInput(String enterprise, String product, String source, String quote) {
	}

	/** The GraphQL input {@code RemoveSupplyRelationInput}. */
	public record RemoveSupplyRelationInput(String supplier, String customer, String source, String quote) {
	}

	/** The GraphQL input {@code RemoveEnterpriseInput}. */
	public record RemoveEnterpriseInput(String enterprise, String source, String quote) {
	}

	/** The GraphQL input {@code LinkEnterpriseToProductInput}. */
	public record LinkEnterpriseToProductInput(String enterprise, String product, Double weight, String source, String quote) {
	}

	/** The GraphQL input {@code TagEnterpriseInput}. */
	public record TagEnterpriseInput(String enterprise, List<String> add, List<String> remove, String source, String quote) {
	}

	/** The GraphQL input {@code DesignateEnterpriseInput}. */
	public record DesignateEnterpriseInput(String enterprise, String chain, String region, String kind, String by, Integer year,
			String source, String quote) {
	}

	/** The GraphQL input {@code RevokeDesignationInput}. */
	public record RevokeDesignationInput(String id, String key, String source, String quote) {
	}

	/** The GraphQL input {@code AddSupplyRelationInput}. */
	public record AddSupplyRelationInput(String supplier, String customer, String product, String source, String quote) {
	}

	/**
	 * The payload of upsertEnterprise. Here and in the payloads of the other changes that can find nothing to do,
	 * {@code changed} is false and {@code audit} null when the graph held what the change would write ({@link #change}).
	 */
	public record UpsertEnterprisePayload(Enterprise enterprise, boolean created, boolean changed, AuditEntry audit) {
	}

	public record RemoveEnterprisePayload(String removedKey, AuditEntry audit) {
	}

	public record LinkEnterprisePayload(Enterprise enterprise, boolean changed, AuditEntry audit) {
	}

	public record TagEnterprisePayload(Enterprise enterprise, boolean changed, AuditEntry audit) {
	}

	public record DesignateEnterprisePayload(Designation designation, boolean changed, AuditEntry audit) {
	}

	public record RevokeDesignationPayload(String revokedKey, Enterprise enterprise, AuditEntry audit) {
	}

	public record AddSupplyRelationPayload(Enterprise supplier, Enterprise customer, boolean changed, AuditEntry audit) {
	}

	public record RemoveSupplyRelationPayload(Enterprise supplier, Enterprise customer, AuditEntry audit) {
	}

	/**
	 * The key, in what a removing write returns, of the removed link's own properties (role, weight, product, source,
	 * quote, the data sets that list it): the audit entry's {@code before} keeps them under it, since the firm's
	 * snapshot names only the other end.
	 */
	private static final String REMOVED = "removed";

	/**
	 * The key, in what a setting write returns, of whether the statement found anything to change: each compares
	 * every property and link it sets with what is there before it writes (the links' properties are not in the
	 * snapshots the audit entry records).
	 */
	private static final String CHANGED = "changed";

	/** What a change found and left, and its audit entry (null when it changed nothing). */
	private record Outcome(Map<String, Object> before, Map<String, Object> after, AuditEntry audit,
			Map<String, Object> extra) {

		boolean changed() {
			return this.audit != null;
		}

	}

	/**
	 * Thrown inside a change's transaction when it found nothing to change: the transaction is rolled back, so a
	 * no-op leaves no audit entry, no curation mark in {@code datasets}, nothing.
	 */
	private static final class Unchanged extends RuntimeException {

		private final transient Outcome outcome;

		Unchanged(Outcome outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}

	}

	/** The write of a change; may return more things it read in its transaction (or null). */
	@FunctionalInterface
	private interface Write {

		Map<String, Object> apply(TransactionContext tx, Map<String, Object> before);

	}

	/** Who changes what, on which grounds. */
	private record Change(Caller caller, String mutation, Map<String, Object> arguments, String source, String quote,
			String entityType, String entityKey, String snapshotQuery) {
	}

	private final Driver driver;

	private final ApiTokens tokens;

	private final CypherCatalog catalog = CypherCatalog.standard();

	private final TransactionConfig config;

	private final GraphReads reads;

	private final RegionNames regionNames;

	private final ChainNames chainNames;

	private final GraphSessions sessions;

	private final EnterpriseNames firmNames;

	public Curation(Driver driver, GraphSessions sessions, GraphReads reads, ApiTokens tokens, RegionNames regionNames, ChainNames chainNames,
			EnterpriseNames firmNames, @Value("${chaingraph.curation.write-timeout:10s}") Duration timeout) {
		this.driver = driver;
		this.sessions = sessions;
		this.reads = reads;
		this.tokens = tokens;
		this.regionNames = regionNames;
		this.chainNames = chainNames;
		this.firmNames = firmNames;
		this.config = TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of("app", "chaingraph-curation")).build();
	}

	/** A region's name where its code belongs gets the loader's hint (赣州 → 3607); looked up only then. */
	private void hintRegionName(InputCheck check, String field, String given, String checked) {
		var text = InputCheck.text(given);
		if (checked != null || text == null) {
			return;
		}
		var found = this.regionNames.matches(text);
		if (found.count() == 1 && RegionCodes.COOPERATION_AREA.equals(found.items().getFirst().level())) {
			// Not "write CA-YRD": that code would be refused next.
			check.hint(field, cooperationArea(found.items().getFirst()));
		}
		else if (found.count() == 1) {
			check.hint(field, Slips.regionName(found.items().getFirst().fullName(), found.items().getFirst().code()));
		}
		else if (found.count() > 1) {
			check.hint(field, Slips.regionNameShared(found.count(),
					found.items().stream().map(r -> r.code() + " " + r.fullName()).toList()));
		}
	}

	/**
	 * A firm's region as the graph stores its code (360700 → 3607, as every region argument reads it); a cooperation
	 * area is refused as the loader refuses it (no firm is located in one: it would count for none of its members). A
	 * code the graph does not have stays as given, for the reference check in the write's transaction to report.
	 */
	private String firmRegion(InputCheck check, String field, String code) {
		if (code == null || !code.startsWith(RegionCodes.AREA_PREFIX) && RegionCodes.unpadded(code).isEmpty()) {
			// A code of a region or zone as the graph writes it: nothing to look up before the write (an upsert reads
			// nothing but in its own transaction, see ReadYourWritesTest); the loader gives every area a CA- code.
			return code;
		}
		var region = this.regionNames.byKey(code);
		if (region == null) {
			return code;
		}
		if (RegionCodes.COOPERATION_AREA.equals(region.level())) {
			check.add(new Problem(field, RegionCodes.FIRM_REGION, cooperationArea(region)));
			return null;
		}
		return region.code();
	}

	/** What a firm's region field is told of a cooperation area, in the loader's words (the area, its members). */
	private String cooperationArea(Region area) {
		var members = this.regionNames.members(area.code());
		return RegionCodes.cooperationArea(area.name(), area.code(),
				members.stream().map(m -> m.name() + " (" + m.code() + ")").toList(),
				members.stream().map(Region::name).toList(), RegionCodes.FIRM_ACTION, RegionCodes.FIRM_ACTION_CHINESE);
	}

	/** A chain's name where its id belongs gets the loader's hint (有色金属 → jx-nonferrous); looked up only then. */
	private void hintChainName(InputCheck check, String field, String given, String checked) {
		var text = InputCheck.text(given);
		if (checked != null || text == null) {
			return;
		}
		var keys = this.chainNames.matches(text).items().stream().map(Chain::key).toList();
		if (!keys.isEmpty()) {
			check.hint(field, Slips.idName("chain", "产业链", keys, keys.getFirst()));
		}
	}

	/**
	 * A firm's name or alias where its id belongs gets the loader's hint (江西铜业股份有限公司 → its id); looked up only
	 * then, as enterprise(name:) finds it (EnterpriseNames).
	 */
	private void hintFirmName(InputCheck check, String field, String given, String checked) {
		var text = InputCheck.text(given);
		if (checked != null || text == null || text.length() < 2) {
			return;
		}
		var ids = this.firmNames.matches(text).items().stream().map(Enterprise::key).toList();
		if (!ids.isEmpty()) {
			check.hint(field, Slips.idName("firm", "企业", ids, ids.getFirst()));
		}
	}

	/** A firm's id field, checked with the loader's rule; a firm's name given there gets the loader's hint. */
	private String firm(InputCheck check, String field, String given) {
		var id = check.required(field, given, FieldRule.ENTERPRISE_ID::problem);
		hintFirmName(check, field, given, id);
		return id;
	}

	public UpsertEnterprisePayload upsertEnterprise(Caller caller, UpsertEnterpriseInput input, Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var key = check.required("key", input.key(), FieldRule.ENTERPRISE_ID::problem);
		var name = check.required("name", input.name());
		var aliases = check.each("aliases", input.aliases());
		var creditCode = check.optional("creditCode", input.creditCode(), CreditCode::problem);
		var stockCode = check.optional("stockCode", input.stockCode(), FieldRule.STOCK_CODE::problem);
		// The 12-digit statistical form (360700000000) passes here to be read as the code it pads (firmRegion).
		var given = check.required("regionCode", input.regionCode(),
				code -> RegionCodes.unpadded(code).isEmpty() ? FieldRule.REGION_CODE.problem(code) : null);
		hintRegionName(check, "regionCode", input.regionCode(), given);
		var regionCode = firmRegion(check, "regionCode", given);
		var tags = check.tags("tags", input.tags());
		var founded = check.integer("founded", input.founded(), 1800, 2100);
		check.provenance(input.source(), input.quote());
		check.done();
		var source = InputCheck.text(input.source());
		var quote = InputCheck.text(input.quote());
		var props = new HashMap<String, Object>();
		props.put("id", key);
		props.put("name", name);
		props.put("nameKey", NameOrder.key(name));
		props.put("aliases", aliases.isEmpty() ? null : aliases);
		props.put("creditCode", creditCode);
		props.put("stockCode", stockCode);
		props.put("tags", tags.isEmpty() ? null : tags);
		props.put("founded", founded == null ? null : founded.longValue());
		props.putAll(provenance(source, quote));
		var outcome = change(new Change(caller, "upsertEnterprise", arguments, source, quote, "Enterprise", key,
				"curation/enterprise-snapshot"), new References().region("regionCode", regionCode), (tx, before) -> {
					expectRevision(tx, key, input.expectedRevision(), before);
					refuseHeldCodes(tx, key, creditCode, stockCode);
					var parameters = new HashMap<String, Object>();
					parameters.put("key", key);
					parameters.put("props", props);
					parameters.put("regionCode", regionCode);
					parameters.put("provenance", provenance(source, quote));
					parameters.put("marker", MARKER);
					return recount(tx, key, () -> changed(tx.run(query("curation/upsert-enterprise"), parameters)));
				});
		return new UpsertEnterprisePayload(Enterprise.of(outcome.after()), outcome.before() == null, outcome.changed(),
				outcome.audit());
	}

	/**
	 * The codes a firm must hold alone, each with the loader's statement that finds its holders in the graph and its
	 * words: the loader asks the same before it writes.
	 */
	private record HeldCode(String field, String query, String english, String chinese) {
	}

	private static final List<HeldCode> HELD_CODES = List.of(
			new HeldCode("creditCode", "load/existing/enterprise-credit-codes", "a 统一社会信用代码", "统一社会信用代码"),
			new HeldCode("stockCode", "load/existing/enterprise-stock-codes", "a stock code", "股票代码"));

	/**
	 * BAD_INPUT, in the change's transaction, when another firm holds the credit or stock code given: each named with
	 * the firm holding it, as the loader names it (a stock code is no constraint of the graph; a credit code's
	 * constraint would refuse the write in Neo4j's words, without the holder).
	 */
	private void refuseHeldCodes(TransactionContext tx, String key, String creditCode, String stockCode) {
		var problems = new ArrayList<Map<String, Object>>();
		var lines = new ArrayList<String>();
		for (var code : HELD_CODES) {
			var given = code.field().equals("creditCode") ? creditCode : stockCode;
			if (given == null) {
				continue;
			}
			for (var holder : tx.run(query(code.query()), Map.of("values", List.of(given))).list()) {
				if (holder.get("id").asString().equals(key)) {
					continue;
				}
				var name = holder.get("name").asString();
				var found = "'" + given + "', which " + name + " (" + holder.get("id").asString() + ") holds";
				problems.add(Map.of("field", "input." + code.field(), "expected", code.english() + " no other enterprise has",
						"found", found));
				lines.add("input." + code.field() + ": expected " + code.english() + " no other enterprise has, found "
						+ found + " (" + code.chinese() + "已被" + name + "使用)");
			}
		}
		if (!problems.isEmpty()) {
			throw new ApiException(ErrorCode.BAD_INPUT, String.join("; ", lines) + " — nothing was written (未写入任何数据)",
					Map.of("problems", problems));
		}
	}

	public RemoveEnterprisePayload removeEnterprise(Caller caller, RemoveEnterpriseInput input, Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var enterprise = firm(check, "enterprise", input.enterprise());
		check.provenance(input.source(), input.quote());
		check.done();
		var outcome = change(new Change(caller, "removeEnterprise", arguments, InputCheck.text(input.source()),
				InputCheck.text(input.quote()), "Enterprise", enterprise, "curation/enterprise-snapshot"),
				new References().enterprise("enterprise", enterprise), (tx, before) -> {
					var removed = new HashMap<String, Object>();
					return recount(tx, enterprise, () -> {
						var row = tx.run(query("curation/remove-enterprise"), Map.of("enterprise", enterprise)).single();
						var designations = row.get("designations").asList(org.neo4j.driver.Value::asString);
						if (!designations.isEmpty()) {
							// Thrown inside the transaction: the removal above is rolled back with it.
							throw new ApiException(ErrorCode.BAD_INPUT, "input.enterprise: firm '" + enterprise + "' holds "
									+ designations.size() + " designation(s) (" + String.join(", ", designations)
									+ "); revoke them first (revokeDesignation) — nothing was written (该企业持有认定，请先撤销认定；未写入任何数据)",
									Map.of("fields", List.of("input.enterprise"), "designations", designations));
						}
						removed.put(REMOVED, new TreeMap<>(row.get("removed").asMap()));
						return removed;
					});
				});
		return new RemoveEnterprisePayload(enterprise, outcome.audit());
	}

	public LinkEnterprisePayload linkEnterpriseToSegment(Caller caller, LinkEnterpriseToSegmentInput input,
			Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var enterprise = firm(check, "enterprise", input.enterprise());
		var segment = check.required("segment", input.segment(), FieldRule.SEGMENT_ID::problem);
		var role = check.optional("role", input.role());
		check.provenance(input.source(), input.quote());
		check.done();
		var source = InputCheck.text(input.source());
		var quote = InputCheck.text(input.quote());
		var outcome = change(new Change(caller, "linkEnterpriseToSegment", arguments, source, quote, "Enterprise", enterprise,
				"curation/enterprise-snapshot"),
				new References().enterprise("enterprise", enterprise).segment("segment", segment), (tx, before) -> {
					var props = new HashMap<String, Object>(provenance(source, quote));
					props.put("role", role);
					return recount(tx, enterprise, () -> changed(tx.run(query("curation/link-segment"),
							Map.of("enterprise", enterprise, "segment", segment, "props", props, "marker", MARKER))));
				});
		return new LinkEnterprisePayload(Enterprise.of(outcome.after()), outcome.changed(), outcome.audit());
	}

	public LinkEnterprisePayload unlinkEnterpriseFromSegment(Caller caller, UnlinkEnterpriseFromSegmentInput input,
			Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var enterprise = firm(check, "enterprise", input.enterprise());
		var segment = check.required("segment", input.segment(), FieldRule.SEGMENT_ID::problem);
		check.provenance(input.source(), input.quote());
		check.done();
		var outcome = change(new Change(caller, "unlinkEnterpriseFromSegment", arguments, InputCheck.text(input.source()),
				InputCheck.text(input.quote()), "Enterprise", enterprise, "curation/enterprise-snapshot"),
				new References().enterprise("enterprise", enterprise).segment("segment", segment), (tx, before) -> {
					return recount(tx, enterprise, () -> remove(tx, "curation/unlink-segment",
							Map.of("enterprise", enterprise, "segment", segment), "segment",
							"firm '" + enterprise + "' is not linked to segment '" + segment + "' (该企业未关联此环节)"));
				});
		return new LinkEnterprisePayload(Enterprise.of(outcome.after()), outcome.changed(), outcome.audit());
	}

	public LinkEnterprisePayload linkEnterpriseToProduct(Caller caller, LinkEnterpriseToProductInput input,
			Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var enterprise = firm(check, "enterprise", input.enterprise());
		var product = check.required("product", input.product());
		if (input.weight() != null && (input.weight().isNaN() || input.weight().isInfinite())) {
			check.add(new Problem("weight", "a number such as 0.35 or 800 (数值)", "'" + input.weight() + "'"));
		}
		check.provenance(input.source(), input.quote());
		check.done();
		var source = InputCheck.text(input.source());
		var quote = InputCheck.text(input.quote());
		var outcome = change(new Change(caller, "linkEnterpriseToProduct", arguments, source, quote, "Enterprise", enterprise,
				"curation/enterprise-snapshot"),
				new References().enterprise("enterprise", enterprise).product("product", product), (tx, before) -> {
					var props = new HashMap<String, Object>(provenance(source, quote));
					props.put("weight", input.weight());
					return changed(tx.run(query("curation/link-product"),
							Map.of("enterprise", enterprise, "product", product, "props", props, "marker", MARKER)));
				});
		return new LinkEnterprisePayload(Enterprise.of(outcome.after()), outcome.changed(), outcome.audit());
	}

	public LinkEnterprisePayload unlinkEnterpriseFromProduct(Caller caller, UnlinkEnterpriseFromProductInput input,
			Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var enterprise = firm(check, "enterprise", input.enterprise());
		var product = check.required("product", input.product());
		check.provenance(input.source(), input.quote());
		check.done();
		var outcome = change(new Change(caller, "unlinkEnterpriseFromProduct", arguments, InputCheck.text(input.source()),
				InputCheck.text(input.quote()), "Enterprise", enterprise, "curation/enterprise-snapshot"),
				new References().enterprise("enterprise", enterprise).product("product", product),
				(tx, before) -> remove(tx, "curation/unlink-product", Map.of("enterprise", enterprise, "product", product),
						"product", "firm '" + enterprise + "' is not linked to product '" + product + "' (该企业未关联此产品)"));
		return new LinkEnterprisePayload(Enterprise.of(outcome.after()), outcome.changed(), outcome.audit());
	}

	public TagEnterprisePayload tagEnterprise(Caller caller, TagEnterpriseInput input, Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var enterprise = firm(check, "enterprise", input.enterprise());
		var add = check.tags("add", input.add());
		var remove = check.tags("remove", input.remove());
		if (InputCheck.texts(input.add()).isEmpty() && InputCheck.texts(input.remove()).isEmpty()) {
			check.add(new Problem("add", "at least one tag to add or remove (请指定要增删的标签)",
					"nothing"));
		}
		check.provenance(input.source(), input.quote());
		check.done();
		var source = InputCheck.text(input.source());
		var quote = InputCheck.text(input.quote());
		var outcome = change(new Change(caller, "tagEnterprise", arguments, source, quote, "Enterprise", enterprise,
				"curation/enterprise-snapshot"), new References().enterprise("enterprise", enterprise), (tx, before) -> {
					var tags = new LinkedHashSet<String>(Props.texts(before, "tags"));
					tags.addAll(add);
					remove.forEach(tags::remove);
					var parameters = new HashMap<String, Object>();
					parameters.put("enterprise", enterprise);
					parameters.put("tags", tags.isEmpty() ? null : List.copyOf(tags));
					parameters.put("marker", MARKER);
					return changed(tx.run(query("curation/tag-enterprise"), parameters));
				});
		return new TagEnterprisePayload(Enterprise.of(outcome.after()), outcome.changed(), outcome.audit());
	}

	public DesignateEnterprisePayload designateEnterprise(Caller caller, DesignateEnterpriseInput input,
			Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var enterprise = firm(check, "enterprise", input.enterprise());
		var chain = check.required("chain", input.chain(), FieldRule.SLUG::problem);
		hintChainName(check, "chain", input.chain(), chain);
		var region = check.required("region", input.region(), FieldRule.REGION_CODE::problem);
		hintRegionName(check, "region", input.region(), region);
		var kind = input.kind() == null ? "CHAIN_LEADER" : input.kind();
		var label = Vocabulary.DESIGNATION_KINDS.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(kind))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> ApiException.badInput("Unknown designation kind '" + kind + "' (未知的认定类型)"));
		var by = check.optional("by", input.by());
		var year = check.integer("year", input.year(), 1980, 2100);
		check.provenance(input.source(), input.quote());
		check.done();
		var source = InputCheck.text(input.source());
		var quote = InputCheck.text(input.quote());
		var key = Vocabulary.designationKey(kind, chain, region, enterprise);
		var outcome = change(new Change(caller, "designateEnterprise", arguments, source, quote, "Designation", key,
				"curation/designation-snapshot"),
				new References().enterprise("enterprise", enterprise).chain("chain", chain).region("region", region),
				(tx, before) -> {
					var props = new HashMap<String, Object>(provenance(source, quote));
					props.put("id", key);
					props.put("kind", kind);
					props.put("label", label);
					props.put("by", by);
					props.put("year", year == null ? null : year.longValue());
					var parameters = new HashMap<String, Object>();
					parameters.put("key", key);
					parameters.put("props", props);
					parameters.put("enterprise", enterprise);
					parameters.put("chain", chain);
					parameters.put("region", region);
					parameters.put("provenance", provenance(source, quote));
					parameters.put("marker", MARKER);
					return changed(tx.run(query("curation/designate"), parameters));
				});
		return new DesignateEnterprisePayload(Designation.of(outcome.after()), outcome.changed(), outcome.audit());
	}

	public RevokeDesignationPayload revokeDesignation(Caller caller, RevokeDesignationInput input, Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var id = InputCheck.text(input.id());
		var given = InputCheck.text(input.key());
		Lookup.exactlyOne("id, key", id, given);
		var key = id != null ? GlobalId.decode(id, "Designation").key() : given;
		var check = new InputCheck();
		check.optional("key", key);
		check.provenance(input.source(), input.quote());
		check.done();
		var source = InputCheck.text(input.source());
		var quote = InputCheck.text(input.quote());
		var outcome = change(new Change(caller, "revokeDesignation", arguments, source, quote, "Designation", key,
				"curation/designation-snapshot"), new References(), (tx, before) -> {
					if (before == null) {
						throw new ApiException(ErrorCode.NOT_FOUND, "input." + (id != null ? "id" : "key") + ": designation '"
								+ key + "' not found, nothing was written (未找到该认定，未写入任何数据)", Map.of("key", key));
					}
					tx.run(query("curation/revoke-designation"), Map.of("key", key)).consume();
					var holder = (String) before.get("enterpriseId");
					var extra = new HashMap<String, Object>();
					extra.put("holder", holder == null ? null : snapshot(tx, "curation/enterprise-snapshot", holder));
					return extra;
				});
		@SuppressWarnings("unchecked")
		var holder = (Map<String, Object>) outcome.extra().get("holder");
		return new RevokeDesignationPayload(key, holder == null ? null : Enterprise.of(holder), outcome.audit());
	}

	public AddSupplyRelationPayload addSupplyRelation(Caller caller, AddSupplyRelationInput input, Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var supplier = firm(check, "supplier", input.supplier());
		var customer = firm(check, "customer", input.customer());
		if (supplier != null && supplier.equals(customer)) {
			check.add(Reference.selfSupply("customer", customer));
		}
		var product = check.optional("product", input.product());
		check.provenance(input.source(), input.quote());
		check.done();
		var source = InputCheck.text(input.source());
		var quote = InputCheck.text(input.quote());
		var outcome = change(new Change(caller, "addSupplyRelation", arguments, source, quote, "Enterprise", supplier,
				"curation/enterprise-snapshot"),
				new References().enterprise("supplier", supplier).enterprise("customer", customer), (tx, before) -> {
					var props = new HashMap<String, Object>(provenance(source, quote));
					props.put("product", product);
					var extra = new HashMap<String, Object>(changed(tx.run(query("curation/add-supply-relation"),
							Map.of("supplier", supplier, "customer", customer, "props", props, "marker", MARKER))));
					extra.put("customer", snapshot(tx, "curation/enterprise-snapshot", customer));
					return extra;
				});
		@SuppressWarnings("unchecked")
		var customerNow = (Map<String, Object>) outcome.extra().get("customer");
		return new AddSupplyRelationPayload(Enterprise.of(outcome.after()), Enterprise.of(customerNow), outcome.changed(),
				outcome.audit());
	}

	public RemoveSupplyRelationPayload removeSupplyRelation(Caller caller, RemoveSupplyRelationInput input,
			Map<String, Object> arguments) {
		this.tokens.requireEditor(caller);
		var check = new InputCheck();
		var supplier = firm(check, "supplier", input.supplier());
		var customer = firm(check, "customer", input.customer());
		check.provenance(input.source(), input.quote());
		check.done();
		var outcome = change(new Change(caller, "removeSupplyRelation", arguments, InputCheck.text(input.source()),
				InputCheck.text(input.quote()), "Enterprise", supplier, "curation/enterprise-snapshot"),
				new References().enterprise("supplier", supplier).enterprise("customer", customer), (tx, before) -> {
					var extra = new HashMap<String, Object>(remove(tx, "curation/remove-supply-relation",
							Map.of("supplier", supplier, "customer", customer), "customer",
							"firm '" + supplier + "' does not supply firm '" + customer + "' (两家企业之间没有该供货关系)"));
					extra.put("customer", snapshot(tx, "curation/enterprise-snapshot", customer));
					return extra;
				});
		@SuppressWarnings("unchecked")
		var customerNow = (Map<String, Object>) outcome.extra().get("customer");
		return new RemoveSupplyRelationPayload(Enterprise.of(outcome.after()), Enterprise.of(customerNow), outcome.audit());
	}

	/**
	 * Runs a removing statement; what it removed, under {@link #REMOVED}, for the audit entry.
	 * @throws ApiException NOT_FOUND, naming the field, when there was nothing to remove (the transaction rolls back)
	 */
	private Map<String, Object> remove(TransactionContext tx, String query, Map<String, Object> parameters, String field,
			String what) {
		var rows = tx.run(query(query), parameters).list(r -> r.get("removed").asMap());
		if (rows.isEmpty()) {
			throw new ApiException(ErrorCode.NOT_FOUND, "input." + field + ": " + what + " — nothing was written (未写入任何数据)",
					Map.of("fields", List.of("input." + field)));
		}
		return Map.of(REMOVED, new TreeMap<>(rows.getFirst())); // sorted, as the rest of the entry
	}

	/**
	 * Runs a change in one write transaction: references, before, write, after, audit entry. A change that finds
	 * nothing to change (the thing the same after as before, and the write saying every property and link it sets held
	 * already: a designation that holds given again, a firm restated as it is) is rolled back whole and records no
	 * audit entry; its outcome says so.
	 */
	private Outcome change(Change change, References references, Write write) {
		try {
			return attempt(change, references, write);
		}
		catch (ClientException ex) {
			if (!(ex.code() != null && ex.code().endsWith("EntityNotFound")
					|| ex.getMessage() != null && ex.getMessage().startsWith("Unable to load NODE"))) {
				throw ex;
			}
			// The thing was deleted (removeEnterprise, revokeDesignation) while this change waited for its lock: once
			// more, the change now finds it gone (NOT_FOUND, or a firm created anew), where it failed as INTERNAL.
			return attempt(change, references, write);
		}
	}

	/** One try of {@link #change}. */
	private Outcome attempt(Change change, References references, Write write) {
		try (var session = this.driver.session(this.sessions.write())) {
			return session.executeWrite(tx -> {
				refuseNewerSchema(tx);
				lock(tx, change);
				references.check(tx, query("curation/missing-references"));
				var before = snapshot(tx, change.snapshotQuery(), change.entityKey());
				var extra = write.apply(tx, before);
				var after = snapshot(tx, change.snapshotQuery(), change.entityKey());
				if (extra != null && Boolean.FALSE.equals(extra.get(CHANGED))
						&& Objects.equals(before == null ? null : audited(before), after == null ? null : audited(after))) {
					throw new Unchanged(new Outcome(before, after, null, extra));
				}
				var entry = new HashMap<String, Object>();
				entry.put("id", UUID.randomUUID().toString());
				entry.put("actor", change.caller().name());
				entry.put("mutation", change.mutation());
				entry.put("arguments", json(change.arguments()));
				entry.put("source", change.source());
				entry.put("quote", change.quote());
				entry.put("entityType", change.entityType());
				entry.put("entityKey", change.entityKey());
				var recorded = before;
				if (extra != null && extra.get(REMOVED) != null) {
					recorded = new TreeMap<>(before);
					recorded.put(REMOVED, extra.get(REMOVED));
				}
				entry.put("before", recorded == null ? null : json(audited(recorded)));
				entry.put("after", after == null ? null : json(audited(after)));
				var audit = AuditEntry.of(tx.run(query("curation/record-audit"), Map.of("entry", entry)).single().get("item").asMap());
				return new Outcome(before, after, audit, extra == null ? Map.of() : extra);
			}, this.config);
		}
		catch (Unchanged nothing) {
			return nothing.outcome;
		}
		catch (ClientException ex) {
			// The one key a write can collide on besides the ones it merges on: 统一社会信用代码 is unique.
			if (ex.code() != null && ex.code().contains("ConstraintValidationFailed") && ex.getMessage().contains("creditCode")) {
				throw new ApiException(ErrorCode.BAD_INPUT, "input.creditCode: expected a 统一社会信用代码 no other enterprise "
						+ "has, found one that another enterprise already has — nothing was written (统一社会信用代码已被其他企业使用，未写入任何数据)",
						Map.of("problems", List.of(Map.of("field", "input.creditCode", "expected",
								"a 统一社会信用代码 no other enterprise has", "found", "a duplicate (统一社会信用代码重复)"))));
			}
			throw ex;
		}
	}

	/** The firms' revisions ({@link Revision}) as the graph has them now, by key, in one statement; none for a firm gone. */
	public Map<String, String> revisions(List<String> keys) {
		var revisions = new HashMap<String, String>();
		this.reads.list("curation/enterprise-snapshot", Map.of("keys", keys), r -> r)
			.forEach(r -> revisions.put(r.get("key").asString(), Revision.of(r.get("item").asMap())));
		return revisions;
	}

	/**
	 * CONFLICT, naming the firm's latest recorded change, when a client gave the revision it read and the firm (as
	 * this change found it, after {@link #lock}) is no longer that: a restatement over a firm changed since it was
	 * read would undo that change without a word.
	 */
	private void expectRevision(TransactionContext tx, String key, String expected, Map<String, Object> before) {
		var given = InputCheck.text(expected);
		var now = Revision.of(before);
		if (given == null || given.equals(now)) {
			return;
		}
		var parameters = new HashMap<String, Object>();
		for (var unset : List.of("actor", "since", "until", "mutations", "afterAt", "afterId")) {
			parameters.put(unset, null);
		}
		parameters.put("entityType", "Enterprise");
		parameters.put("entityKey", key);
		parameters.put("limit", 10);
		// The firm's own entries (its designations' are listed with them, and change no revision).
		var last = tx.run(query("curation/audit-page"), parameters)
			.list(r -> AuditEntry.of(r.get("item").asMap()))
			.stream()
			.filter(e -> "Enterprise".equals(e.entityType()))
			.findFirst()
			.orElse(null);
		var by = last == null ? "no audit entry says by whom (a data set's load or an edit in Neo4j Browser)"
				: "its latest recorded change: " + last.mutation() + " by " + last.actor() + " at " + last.at();
		var byChinese = last == null ? "" : "（" + last.actor() + "，" + last.at() + "）";
		var details = new HashMap<String, Object>();
		details.put("fields", List.of("input.expectedRevision"));
		details.put("revision", now);
		if (last != null) {
			details.put("lastChange", Map.of("actor", last.actor(), "at", last.at(), "mutation", last.mutation(), "key",
					last.key()));
		}
		throw new ApiException(ErrorCode.CONFLICT, now == null
				? "input.expectedRevision: firm '" + key + "' was removed since it was read; " + by
						+ " — nothing was written (该企业在读取后已被删除" + byChinese + "，未写入任何数据)"
				: "input.expectedRevision: firm '" + key + "' changed since it was read (revision " + given + ", now " + now
						+ "); " + by + " — nothing was written: read it again and make the change on what it is now "
						+ "(该企业在读取后已被他人修改" + byChinese + "，未写入任何数据；请重新读取后再修改)", details);
	}

	/**
	 * Waits for any other change of the same firm (a designation: of its holder, and the designation itself) to commit
	 * before this one reads it ({@code curation/lock}): without, two at once each read the firm before the other wrote,
	 * and the later write undid the earlier (two tagEnterprise adding one tag each left one), its entry's
	 * {@code before} missing the earlier change.
	 */
	private void lock(TransactionContext tx, Change change) {
		var designation = "Designation".equals(change.entityType()) ? change.entityKey() : null;
		// A designation's key ends with its firm's id, which has no colon: CHAIN_LEADER:<chain>:<region>:<firm>.
		var firm = designation == null ? change.entityKey() : designation.substring(designation.lastIndexOf(':') + 1);
		var parameters = new HashMap<String, Object>();
		parameters.put("firms", List.of(firm));
		parameters.put("designation", designation);
		tx.run(query("curation/lock"), parameters).consume();
	}

	/**
	 * UNAVAILABLE when a newer ChainGraph has migrated the graph (a rolling upgrade under way): this replica writes
	 * nothing in the older form; a retry reaches an upgraded one.
	 */
	private static void refuseNewerSchema(TransactionContext tx) {
		try {
			SchemaLevelGuard.standard().beforeWrite(tx);
		}
		catch (NewerSchemaException ex) {
			throw new ApiException(ErrorCode.UNAVAILABLE, ex.getMessage(),
					Map.of("schemaLevel", ex.graphLevel(), "knownSchemaLevel", ex.knownLevel()));
		}
	}

	/**
	 * Runs a write that can change where a firm is counted (its region, its segments), keeping the stored firm counts
	 * (FIRM_COUNT) right in the same transaction: the firm is withdrawn from them before and added back after.
	 */
	private <T> T recount(TransactionContext tx, String enterprise, Supplier<T> write) {
		tx.run(query("firmcount/apply-firms"), Map.of("firms", List.of(enterprise), "delta", -1)).consume();
		var written = write.get();
		tx.run(query("firmcount/apply-firms"), Map.of("firms", List.of(enterprise), "delta", 1)).consume();
		return written;
	}

	/** What a setting statement says, under {@link #CHANGED}: whether it found anything to change. */
	private static Map<String, Object> changed(Result result) {
		return Map.of(CHANGED, result.single().get(CHANGED).asBoolean());
	}

	/**
	 * The thing's state as a sorted map without nulls, or null when it does not exist. It keeps {@code datasets}, which
	 * the payload's {@code source} reads (built without, a changed firm's payload said curated: false, dataSets: []
	 * and a client's cache took it); the audit entry leaves it out ({@link #audited}).
	 */
	private Map<String, Object> snapshot(TransactionContext tx, String query, String key) {
		var records = tx.run(query(query), Map.of("keys", List.of(key))).list();
		if (records.isEmpty()) {
			return null;
		}
		var state = new TreeMap<String, Object>();
		records.getFirst().get("item").asMap().forEach((k, v) -> {
			if (v != null) {
				state.put(k, v);
			}
		});
		return state;
	}

	/** A state as the audit trail records it: without bookkeeping ({@code datasets}). */
	private static Map<String, Object> audited(Map<String, Object> state) {
		if (!state.containsKey("datasets")) {
			return state;
		}
		var audited = new TreeMap<>(state);
		audited.remove("datasets");
		return audited;
	}

	private static Map<String, Object> provenance(String source, String quote) {
		var props = new HashMap<String, Object>();
		props.put("source", source);
		props.put("quote", quote);
		props.put("illustrative", Provenance.illustrative(source));
		return props;
	}

	private String query(String name) {
		return this.catalog.query(name);
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
