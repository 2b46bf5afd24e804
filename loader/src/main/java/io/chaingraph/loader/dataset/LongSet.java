package io.chaingraph.loader.dataset;

/**
 * A set of longs in one array (open addressing, linear probing): 8 to 16 bytes per element where a
 * {@code HashSet<Long>} takes about 50. For the key hashes of files with millions of rows.
 */
final class LongSet {

	private static final long EMPTY = 0;

	private long[] slots = new long[1 << 10];

	private int size;

	private boolean hasEmpty;

	/** Adds the value; false when it was there already. */
	boolean add(long value) {
		if (value == EMPTY) {
			boolean added = !this.hasEmpty;
			this.hasEmpty = true;
			return added;
		}
		if ((this.size + 1) * 10L > this.slots.length * 6L) {
			grow();
		}
		int mask = this.slots.length - 1;
		for (int i = spread(value) & mask;; i = (i + 1) & mask) {
			long slot = this.slots[i];
			if (slot == EMPTY) {
				this.slots[i] = value;
				this.size++;
				return true;
			}
			if (slot == value) {
				return false;
			}
		}
	}

	boolean contains(long value) {
		if (value == EMPTY) {
			return this.hasEmpty;
		}
		int mask = this.slots.length - 1;
		for (int i = spread(value) & mask;; i = (i + 1) & mask) {
			long slot = this.slots[i];
			if (slot == EMPTY) {
				return false;
			}
			if (slot == value) {
				return true;
			}
		}
	}

	int size() {
		return this.size + (this.hasEmpty ? 1 : 0);
	}

	private void grow() {
		var old = this.slots;
		this.slots = new long[old.length * 2];
		this.size = 0;
		for (long value : old) {
			if (value != EMPTY) {
				add(value);
			}
		}
	}

	private static int spread(long value) {
		return (int) (value ^ (value >>> 32));
	}

}
