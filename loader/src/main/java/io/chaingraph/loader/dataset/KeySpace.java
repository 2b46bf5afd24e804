package io.chaingraph.loader.dataset;

import io.chaingraph.model.rules.Reference;

/** The kinds of key one record can refer to, with the words an error uses for each. */
public enum KeySpace {

	REGION("a region code (GB/T 2260, or a code from the regions table)", Reference.REGION.unknown(), "region", "地区",
			"the regions table"),
	CHAIN("a chain id from chains/*.yaml", Reference.CHAIN.unknown(), "chain", "产业链", "chains/"),
	SEGMENT("a segment id <chain id>/<segment id> from chains/*.yaml", Reference.SEGMENT.unknown(), "segment", "环节",
			"its chain's file under chains/"),
	ENTERPRISE("an enterprise id from the enterprises table", Reference.ENTERPRISE.unknown(), "firm", "企业",
			"the enterprises table"),
	CLUSTER("a cluster id from the clusters table", Reference.CLUSTER.unknown(), "cluster", "集群", "the clusters table"),
	DOCUMENT("a document id from the policy-documents table", Reference.DOCUMENT.unknown(), "policy document", "政策文件",
			"the policy-documents table");

	private final String expected;

	private final String unknown;

	private final String noun;

	private final String chineseNoun;

	private final String listedIn;

	KeySpace(String expected, String unknown, String noun, String chineseNoun, String listedIn) {
		this.expected = expected;
		this.unknown = unknown;
		this.noun = noun;
		this.chineseNoun = chineseNoun;
		this.listedIn = listedIn;
	}

	/**
	 * What a row that names a record --prune would delete is told: the record, why it would go, and the two ways out.
	 * @param key the key the row names
	 * @param name the record's name in the graph, or null
	 */
	String prunedBy(String key, String name) {
		return "'" + key + "'" + (name == null ? "" : " (" + name + ")") + ", a " + this.noun
				+ " this data set no longer lists: --prune would delete it from the graph, and this row with it;"
				+ " list it in " + this.listedIn + " again, or delete this row (本数据集已不再列出该" + this.chineseNoun
				+ "，--prune 会将其连同本行删除)";
	}

	/** What a reference of this kind should be, in words. */
	public String expected() {
		return this.expected;
	}

	/** The Chinese label of a dangling reference of this kind. */
	public String unknown() {
		return this.unknown;
	}

}
