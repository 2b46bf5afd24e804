package io.chaingraph.loader.dataset;

import io.chaingraph.model.rules.Reference;

/** The kinds of key one record can refer to, with the words an error uses for each. */
public enum KeySpace {

	REGION("a region code (GB/T 2260, or a code from the regions table)", Reference.REGION.unknown()),
	CHAIN("a chain id from chains/*.yaml", Reference.CHAIN.unknown()),
	SEGMENT("a segment id <chain id>/<segment id> from chains/*.yaml", Reference.SEGMENT.unknown()),
	ENTERPRISE("an enterprise id from the enterprises table", Reference.ENTERPRISE.unknown()),
	CLUSTER("a cluster id from the clusters table", Reference.CLUSTER.unknown()),
	DOCUMENT("a document id from the policy-documents table", Reference.DOCUMENT.unknown());

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
