package io.chaingraph.loader.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a load writes: batches of rows, each for one named query of {@code cypher/queries/load/}, in write order
 * (nodes before the relationships between them).
 */
public final class GraphRows implements GraphRowSink {

	/**
	 * The rows of one node label or relationship type.
	 *
	 * @param type the label or relationship type, as reported in the summary ({@code Enterprise}, {@code OPERATES_IN})
	 * @param query the Cypher file that upserts them, e.g. {@code load/enterprises}
	 * @param rows {@code {key, props}} for nodes, {@code {from, to, props}} for relationships
	 * @param prune how {@code --prune} finds what this data set wrote before: label or type and key properties
	 */
	public record Batch(String type, String query, List<Map<String, Object>> rows, Prune prune) {

		/** The keys of a node batch's rows: what the data set lists now. */
		public List<Object> keys() {
			return this.rows.stream().map(r -> r.get("key")).toList();
		}

	}

	/**
	 * How to find this data set's earlier elements of one type.
	 *
	 * @param node whether it is a node label (else a relationship type)
	 * @param label the node label, or for relationships the start node's label
	 * @param key the node key property, or for relationships the start node's key property
	 * @param endLabel the end node's label (relationships only)
	 * @param endKey the end node's key property (relationships only)
	 */
	public record Prune(boolean node, String label, String key, String endLabel, String endKey) {

		/**
		 * Whether the link is its start node's own, so that it stays while that node does: a firm's one region (a firm
		 * another data set or the curation API still lists would otherwise stay without one).
		 */
		public boolean ofStart() {
			return !this.node && "Enterprise".equals(this.label) && "Region".equals(this.endLabel);
		}

	}

	private final List<Batch> batches = new ArrayList<>();

	private final Map<String, Batch> byQuery = new HashMap<>();

	/** Declares a node batch, fixing its place in the write order even when it gets no rows (--prune needs it). */
	@Override
	public void declareNodes(String type, String query, String keyProperty) {
		batch(type, query, new Prune(true, type, keyProperty, null, null));
	}

	/** Declares a relationship batch, fixing its place in the write order even when it gets no rows. */
	@Override
	public void declareRelationships(String type, String query, String fromLabel, String fromKey, String toLabel,
			String toKey) {
		batch(type, query, new Prune(false, fromLabel, fromKey, toLabel, toKey));
	}

	/** Where the shared records' rows came from, by query and key: the first row of a key. */
	private final Map<String, String> origins = new HashMap<>();

	@Override
	public void origin(String query, Object key, String where) {
		this.origins.putIfAbsent(query + '\n' + key, where);
	}

	/** Where the row of {@code query} with this key came from ({@code regions.csv:7}), or null when not told. */
	public String origin(String query, String key) {
		return this.origins.get(query + '\n' + key);
	}

	/** Adds a node row to the batch of {@code query}. */
	@Override
	public void node(String type, String query, String keyProperty, Object key, Map<String, Object> props) {
		var row = new HashMap<String, Object>();
		row.put("key", key);
		row.put("props", props);
		batch(type, query, new Prune(true, type, keyProperty, null, null)).rows().add(row);
	}

	/** Adds a relationship row to the batch of {@code query}; {@code to} may be null for "no such link". */
	@Override
	public void relationship(String type, String query, String fromLabel, String fromKey, String toLabel, String toKey,
			Object from, Object to, Map<String, Object> props) {
		var row = new HashMap<String, Object>();
		row.put("from", from);
		row.put("to", to);
		row.put("props", props);
		batch(type, query, new Prune(false, fromLabel, fromKey, toLabel, toKey)).rows().add(row);
	}

	/** The batch the given Cypher file writes, when the data set has that table. */
	public Optional<Batch> of(String query) {
		return Optional.ofNullable(this.byQuery.get(query));
	}

	public List<Batch> batches() {
		return List.copyOf(this.batches);
	}

	/** The {@link RowChecksum} of every batch and row, in order: equal checksums, equal writes. */
	public String checksum() {
		var checksum = new RowChecksum();
		for (var batch : this.batches) {
			checksum.declareNodes(batch.type(), batch.query(), null);
			for (var row : batch.rows()) {
				if (batch.prune().node()) {
					checksum.node(batch.type(), batch.query(), null, row.get("key"), props(row));
				}
				else {
					checksum.relationship(batch.type(), batch.query(), null, null, null, null, row.get("from"), row.get("to"),
							props(row));
				}
			}
		}
		return checksum.value();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Map<String, Object> row) {
		return (Map<String, Object>) row.get("props");
	}

	/** Rows in all batches. */
	public long size() {
		return this.batches.stream().mapToLong(b -> b.rows().size()).sum();
	}

	private Batch batch(String type, String query, Prune prune) {
		return this.byQuery.computeIfAbsent(query, q -> {
			var batch = new Batch(type, q, new ArrayList<>(), prune);
			this.batches.add(batch);
			return batch;
		});
	}

}
