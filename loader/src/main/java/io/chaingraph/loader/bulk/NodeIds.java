package io.chaingraph.loader.bulk;

import java.util.Arrays;

/**
 * The node id of each key of one label, in two arrays (open addressing): about 24 bytes a key, the keys themselves
 * shared with the rows, where a {@code HashMap<Object, Long>} takes some 60.
 */
final class NodeIds {

	private Object[] keys = new Object[1 << 10];

	private long[] ids = new long[1 << 10];

	private int size;

	/** Records the key's id; false when the key has one already (which is kept). */
	boolean put(Object key, long id) {
		if ((this.size + 1) * 4L > this.keys.length * 3L) {
			grow();
		}
		int mask = this.keys.length - 1;
		for (int i = spread(key) & mask;; i = (i + 1) & mask) {
			var slot = this.keys[i];
			if (slot == null) {
				this.keys[i] = key;
				this.ids[i] = id;
				this.size++;
				return true;
			}
			if (slot.equals(key)) {
				return false;
			}
		}
	}

	/** The key's id, or -1. */
	long get(Object key) {
		int mask = this.keys.length - 1;
		for (int i = spread(key) & mask;; i = (i + 1) & mask) {
			var slot = this.keys[i];
			if (slot == null) {
				return -1;
			}
			if (slot.equals(key)) {
				return this.ids[i];
			}
		}
	}

	private void grow() {
		var oldKeys = this.keys;
		var oldIds = this.ids;
		this.keys = new Object[oldKeys.length * 2];
		this.ids = new long[oldKeys.length * 2];
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null) {
				put(oldKeys[i], oldIds[i]);
			}
		}
		Arrays.fill(oldKeys, null);
	}

	private static int spread(Object key) {
		int h = key.hashCode();
		return (h ^ (h >>> 16)) * 0x9E3779B1;
	}

}
