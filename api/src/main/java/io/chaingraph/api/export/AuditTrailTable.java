package io.chaingraph.api.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.chaingraph.api.curation.AuditEntry;
import io.chaingraph.api.curation.AuditTrail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as a table for the auditor (审计): each entry's time in Beijing time, who, the mutation in Chinese
 * words, the firm concerned by name, the fields the change set otherwise (变更内容), its source, and the full state
 * before and after as the trail keeps it (JSON), for what the summary leaves out.
 */
final class AuditTrailTable {

	static final List<String> HEADERS = List.of("序号", "时间（北京时间）", "修改者", "操作", "操作名称", "对象类型", "对象编号",
			"企业名称", "变更内容", "依据来源", "原文", "修改前", "修改后", "操作参数", "记录编号");

	/** Each mutation (and the loader's {@code load}) in the words of the schema's descriptions. */
	private static final Map<String, String> MUTATIONS = Map.ofEntries(Map.entry("upsertEnterprise", "新增或更新企业"),
			Map.entry("removeEnterprise", "删除企业"), Map.entry("linkEnterpriseToSegment", "关联产业链环节"),
			Map.entry("unlinkEnterpriseFromSegment", "解除环节关联"), Map.entry("linkEnterpriseToProduct", "关联主营产品"),
			Map.entry("unlinkEnterpriseFromProduct", "解除产品关联"), Map.entry("tagEnterprise", "增删企业标签"),
			Map.entry("designateEnterprise", "认定链主（领航、龙头）"), Map.entry("revokeDesignation", "撤销认定"),
			Map.entry("addSupplyRelation", "新增供货关系"), Map.entry("removeSupplyRelation", "删除供货关系"),
			Map.entry("load", "数据导入"));

	/**
	 * The fields of the snapshots (curation/enterprise-snapshot, curation/designation-snapshot), under the headers
	 * enterprises.csv and designations.csv read (FORMATS.md) where they have one; another field keeps its name.
	 */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "企业名称"),
			Map.entry("aliases", "简称与曾用名"), Map.entry("creditCode", "统一社会信用代码"), Map.entry("stockCode", "股票代码"),
			Map.entry("regionCode", "地区代码"), Map.entry("tags", "企业标签"), Map.entry("founded", "成立年份"),
			Map.entry("source", "来源"), Map.entry("quote", "原文"), Map.entry("illustrative", "示例数据"),
			Map.entry("segments", "所属环节"), Map.entry("products", "主营产品"), Map.entry("customers", "供货对象"),
			Map.entry("by", "认定单位"), Map.entry("year", "认定年份"), Map.entry("kind", "认定类别"), Map.entry("label", "认定"),
			Map.entry("chainId", "产业链编号"), Map.entry("enterpriseId", "企业编号"));

	private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditTrailTable() {
	}

	/**
	 * The rows of the entries, newest first as listed.
	 * @param firmNames the current name of each firm the entries concern, by key (a removed firm's comes from its
	 * entry's {@code before})
	 */
	static List<List<Object>> rows(List<AuditEntry> entries, Map<String, String> firmNames) {
		// A firm removed since is named by its entries: a designation's entry alone names only its key.
		var names = new java.util.HashMap<String, String>(firmNames);
		for (var entry : entries) {
			for (var state : java.util.Arrays.asList(state(entry.after()), state(entry.before()))) {
				if ("Enterprise".equals(entry.entityType()) && state != null && state.get("name") instanceof String n) {
					names.putIfAbsent(entry.entityKey(), n);
				}
			}
		}
		var rows = new ArrayList<List<Object>>();
		int number = 0;
		for (var entry : entries) {
			var before = state(entry.before());
			var after = state(entry.after());
			var firm = firm(entry);
			var named = after != null && after.get("name") instanceof String n ? n
					: before != null && before.get("name") instanceof String n ? n : names.get(firm);
			rows.add(java.util.Arrays.asList(++number, beijing(entry.at()), entry.actor(),
					MUTATIONS.getOrDefault(entry.mutation(), entry.mutation()), entry.mutation(),
					"Designation".equals(entry.entityType()) ? "认定" : "Enterprise".equals(entry.entityType()) ? "企业"
							: entry.entityType(),
					entry.entityKey(), named, changes(before, after), entry.source().reference(), entry.source().quote(),
					entry.before(), entry.after(), entry.arguments(), entry.key()));
		}
		return rows;
	}

	/** The firm an entry concerns: the firm itself, or a designation's holder (the key's last part). */
	static String firm(AuditEntry entry) {
		if ("Designation".equals(entry.entityType())) {
			var key = entry.entityKey();
			return key.substring(key.lastIndexOf(':') + 1);
		}
		return entry.entityKey();
	}

	/** A stored time (ISO-8601, UTC) in Beijing time, to the second: 2026-11-24 05:27:46. */
	static String beijing(String at) {
		try {
			return ZonedDateTime.parse(at).withZoneSameInstant(AuditTrail.BEIJING).format(BEIJING_TIME);
		}
		catch (RuntimeException ex) {
			return at; // as stored, rather than no time at all
		}
	}

	/**
	 * What the change set otherwise, field by field ({@code 企业标签：上市、规上 → 上市、规上、专精特新}); 新建 or 删除 when
	 * there was nothing before or after. The removed link under {@code removed} shows in the field that lists it.
	 */
	static String changes(Map<String, Object> before, Map<String, Object> after) {
		if (before == null && after == null) {
			return null;
		}
		if (before == null) {
			return "新建";
		}
		if (after == null) {
			return "删除";
		}
		var fields = new TreeSet<String>();
		fields.addAll(before.keySet());
		fields.addAll(after.keySet());
		fields.remove("removed");
		return fields.stream()
			.filter(f -> !java.util.Objects.equals(before.get(f), after.get(f)))
			.map(f -> FIELDS.getOrDefault(f, f) + "：" + value(before.get(f)) + " → " + value(after.get(f)))
			.collect(Collectors.joining("；"));
	}

	private static String value(Object value) {
		if (value == null) {
			return "（无）";
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "（无）" : list.stream().map(String::valueOf).collect(Collectors.joining("、"));
		}
		if (value instanceof Boolean b) {
			return b ? "是" : "否";
		}
		return String.valueOf(value);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> state(String json) {
		if (json == null) {
			return null;
		}
		try {
			return JSON.readValue(json, Map.class);
		}
		catch (RuntimeException ex) {
			return Map.of(); // not JSON: shown as kept in the 修改前 / 修改后 columns
		}
	}

	/** The mutation's Chinese words, for the 说明 sheet's filter. */
	static String mutationWords(List<String> mutations) {
		return mutations == null || mutations.isEmpty() ? null
				: mutations.stream().map(m -> MUTATIONS.getOrDefault(m, m) + "（" + m + "）").collect(Collectors.joining("、"));
	}

}
