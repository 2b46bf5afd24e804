package io.chaingraph.loader.dataset;

import java.util.Map;

/**
 * Receives what a load writes, row by row: the in-memory {@link GraphRows} of a transactional load, or a streaming
 * writer such as the bulk importer's CSV files. Within one batch (one query) rows arrive in input order; batches are
 * declared in write order (nodes first) before their first row.
 */
public interface GraphRowSink {

	/** The data set the rows that follow belong to, named before its first row (by streaming readers). */
	default void dataSet(String id) {
	}

	/** Declares a node batch, fixing its place in the write order even when it gets no rows. */
	void declareNodes(String type, String query, String keyProperty);

	/** Declares a relationship batch, fixing its place in the write order even when it gets no rows. */
	void declareRelationships(String type, String query, String fromLabel, String fromKey, String toLabel, String toKey);

	/** A node row of the batch of {@code query}: its key and every property (null for absent). */
	void node(String type, String query, String keyProperty, Object key, Map<String, Object> props);

	/** A relationship row of the batch of {@code query}; {@code to} may be null for "no such link". */
	void relationship(String type, String query, String fromLabel, String fromKey, String toLabel, String toKey,
			Object from, Object to, Map<String, Object> props);

	/**
	 * Where the node row of {@code query} with this key came from ({@code regions.csv:7}), for a warning that names it;
	 * only the records another data set may write too are told, and a sink that only writes keeps none.
	 */
	default void origin(String query, Object key, String where) {
	}

	/** A sink that hands every call to both sinks, {@code first} first. */
	static GraphRowSink both(GraphRowSink first, GraphRowSink second) {
		return new GraphRowSink() {

			@Override
			public void dataSet(String id) {
				first.dataSet(id);
				second.dataSet(id);
			}

			@Override
			public void origin(String query, Object key, String where) {
				first.origin(query, key, where);
				second.origin(query, key, where);
			}

			@Override
			public void declareNodes(String type, String query, String keyProperty) {
				first.declareNodes(type, query, keyProperty);
				second.declareNodes(type, query, keyProperty);
			}

			@Override
			public void declareRelationships(String type, String query, String fromLabel, String fromKey,
					String toLabel, String toKey) {
				first.declareRelationships(type, query, fromLabel, fromKey, toLabel, toKey);
				second.declareRelationships(type, query, fromLabel, fromKey, toLabel, toKey);
			}

			@Override
			public void node(String type, String query, String keyProperty, Object key, Map<String, Object> props) {
				first.node(type, query, keyProperty, key, props);
				second.node(type, query, keyProperty, key, props);
			}

			@Override
			public void relationship(String type, String query, String fromLabel, String fromKey, String toLabel,
					String toKey, Object from, Object to, Map<String, Object> props) {
				first.relationship(type, query, fromLabel, fromKey, toLabel, toKey, from, to, props);
				second.relationship(type, query, fromLabel, fromKey, toLabel, toKey, from, to, props);
			}

		};
	}

}
