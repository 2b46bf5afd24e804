package io.chaingraph.loader.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands rows to another sink on a thread of its own, in batches through a short queue, so that reading and checking
 * the input (this thread) and writing it (the other) use two cores. Calls reach the target in the order they were
 * made. The target's first failure is thrown by {@link #close()}, or by the next call after it.
 */
final class BackgroundSink implements GraphRowSink, AutoCloseable {

	private static final int BATCH = 2_048;

	/** A few batches in flight: enough to ride out hiccups, bounded in memory. */
	private static final int QUEUED = 8;

	private static final List<Runnable> END = List.of();

	private final BlockingQueue<List<Runnable>> queue = new ArrayBlockingQueue<>(QUEUED);

	private final GraphRowSink target;

	private final Thread worker;

	private volatile RuntimeException failure;

	private List<Runnable> batch = new ArrayList<>(BATCH);

	BackgroundSink(GraphRowSink target) {
		this.target = target;
		this.worker = Thread.ofPlatform().name("graph-row-writer").daemon().start(this::work);
	}

	private void work() {
		try {
			while (true) {
				var calls = this.queue.take();
				if (calls == END) {
					return;
				}
				if (this.failure != null) {
					continue; // drain, so that the reading side never blocks on a dead writer
				}
				try {
					calls.forEach(Runnable::run);
				}
				catch (RuntimeException ex) {
					this.failure = ex;
				}
				catch (Error ex) {
					this.failure = new IllegalStateException(ex);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void dataSet(String id) {
		add(() -> this.target.dataSet(id));
	}

	@Override
	public void declareNodes(String type, String query, String keyProperty) {
		add(() -> this.target.declareNodes(type, query, keyProperty));
	}

	@Override
	public void declareRelationships(String type, String query, String fromLabel, String fromKey, String toLabel,
			String toKey) {
		add(() -> this.target.declareRelationships(type, query, fromLabel, fromKey, toLabel, toKey));
	}

	@Override
	public void node(String type, String query, String keyProperty, Object key, Map<String, Object> props) {
		add(() -> this.target.node(type, query, keyProperty, key, props));
	}

	@Override
	public void relationship(String type, String query, String fromLabel, String fromKey, String toLabel, String toKey,
			Object from, Object to, Map<String, Object> props) {
		add(() -> this.target.relationship(type, query, fromLabel, fromKey, toLabel, toKey, from, to, props));
	}

	private void add(Runnable call) {
		this.batch.add(call);
		if (this.batch.size() >= BATCH) {
			flush(this.batch);
			this.batch = new ArrayList<>(BATCH);
		}
	}

	private void flush(List<Runnable> calls) {
		if (this.failure != null) {
			throw this.failure;
		}
		try {
			this.queue.put(calls);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while handing rows to the writer", ex);
		}
	}

	/** Waits until the target has every row; throws its failure, if any. */
	@Override
	public void close() {
		try {
			if (!this.batch.isEmpty()) {
				this.queue.put(this.batch);
			}
			this.queue.put(END);
			this.worker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the writer", ex);
		}
		if (this.failure != null) {
			throw this.failure;
		}
	}

}
