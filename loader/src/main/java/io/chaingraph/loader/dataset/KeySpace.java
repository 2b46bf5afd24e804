package io.chaingraph.loader.dataset;

/** The kinds of key one record can refer to, with the words an error uses for each. */
public enum KeySpace {

	REGION("a region code (GB/T 2260, or a code from regions.csv)", "未知的地区编码"),
	CHAIN("a chain id from chains/*.yaml", "未知的产业链"),
	SEGMENT("a segment id <chain id>/<segment id> from chains/*.yaml", "未知的产业链环节"),
	ENTERPRISE("an enterprise id from enterprises.csv", "未知的企业"),
	CLUSTER("a cluster id from clusters.csv", "未知的产业集群"),
	DOCUMENT("a document id from policy-documents.csv", "未知的政策文件");

	private final String expected;

	private final String unknown;

	KeySpace(String expected, String unknown) {
		this.expected = expected;
		this.unknown = unknown;
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
