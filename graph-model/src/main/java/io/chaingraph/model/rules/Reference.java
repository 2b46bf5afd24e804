package io.chaingraph.model.rules;

/** The kinds of thing a record can refer to, with the Chinese words for a reference to nothing. */
public enum Reference {

	REGION("未知的地区编码"), CHAIN("未知的产业链"), SEGMENT("未知的产业链环节"), ENTERPRISE("未知的企业"), CLUSTER("未知的产业集群"),
	DOCUMENT("未知的政策文件"), PRODUCT("未知的产品");

	private final String unknown;

	Reference(String unknown) {
		this.unknown = unknown;
	}

	/** The Chinese label of a dangling reference of this kind. */
	public String unknown() {
		return this.unknown;
	}

	/** What a firm supplying itself is told (企业不能供货给自身). */
	public static Problem selfSupply(String field, String customerId) {
		return new Problem(field, "a firm other than the supplier", "'" + customerId + "', the supplier itself (企业不能供货给自身)");
	}

}
