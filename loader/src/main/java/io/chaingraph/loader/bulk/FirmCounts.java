package io.chaingraph.loader.bulk;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.source.CsvWriter;

/**
 * The stored firm counts ({@code (:Segment|Chain)-[:FIRM_COUNT {firms, source: 'derived'}]->(:Region)}) of a bulk
 * load, computed from the rows as they stream past, so the importer writes them with everything else: the same
 * numbers {@code firmcount/refresh} computes in Cypher (each firm once per segment it operates in or below, in the
 * same chain, and per chain; in its region and the regions up to three PART_OF levels above), and for a segment's
 * count the ids of its first {@value #FIRST} firms by name ({@code nameKey}: 拼音 order) then id ({@code firstFirms}).
 * <p>
 * Kept while streaming: a firm's region (an int per node id), key and name key (references to the row's strings), its
 * segment links (an int pair each, about 16 MB for 2,000,000), the segment tree and the region tree (small). The
 * counting itself runs at {@link #write}, firm by firm in name order, so a pair's first firms are the first it meets.
 */
public final class FirmCounts {

	/** The relationship type and the properties written. */
	public static final String TYPE = "FIRM_COUNT";

	private static final int REGION_LEVELS = 3;

	/** How many first firms (by name) a segment's count keeps: the first page of a gap's firms. */
	static final int FIRST = 5;

	private int[] regionOf = new int[1 << 16];

	private int[] links = new int[1 << 16];

	private int linkCount;

	private final Map<Integer, List<Integer>> segmentParents = new HashMap<>();

	private final Map<Integer, Integer> segmentChain = new HashMap<>();

	private final Map<Integer, List<Integer>> regionParents = new HashMap<>();

	private Object[] firmKey = new Object[1 << 16];

	private String[] firmNameKey = new String[1 << 16];

	private int firms;

	FirmCounts() {
		Arrays.fill(this.regionOf, -1);
	}

	/** Notes a firm: its key (written into firstFirms) and its name key (their order). */
	void firm(long id, Object key, String nameKey) {
		int firm = Math.toIntExact(id);
		if (firm >= this.firmKey.length) {
			int size = Math.max(firm + 1, this.firmKey.length * 2);
			this.firmKey = Arrays.copyOf(this.firmKey, size);
			this.firmNameKey = Arrays.copyOf(this.firmNameKey, size);
		}
		this.firmKey[firm] = key;
		this.firmNameKey[firm] = nameKey;
		this.firms++;
	}

	/** Notes a relationship row if the counts are computed from it. */
	void relationship(String query, long start, long end) {
		int from = Math.toIntExact(start);
		int to = Math.toIntExact(end);
		switch (query) {
			case "load/enterprise-located-in" -> locate(from, to);
			case "load/enterprise-operates-in" -> link(from, to);
			case "load/segment-sub-segment-of" -> this.segmentParents.computeIfAbsent(from, k -> new ArrayList<>(1)).add(to);
			case "load/segment-in-chain" -> this.segmentChain.put(from, to);
			case "load/region-part-of" -> this.regionParents.computeIfAbsent(from, k -> new ArrayList<>(1)).add(to);
			default -> {
			}
		}
	}

	private void locate(int firm, int region) {
		if (firm >= this.regionOf.length) {
			int old = this.regionOf.length;
			this.regionOf = Arrays.copyOf(this.regionOf, Math.max(firm + 1, old * 2));
			Arrays.fill(this.regionOf, old, this.regionOf.length, -1);
		}
		this.regionOf[firm] = region;
	}

	private void link(int firm, int segment) {
		if (this.linkCount + 2 > this.links.length) {
			this.links = Arrays.copyOf(this.links, this.links.length * 2);
		}
		this.links[this.linkCount++] = firm;
		this.links[this.linkCount++] = segment;
	}

	/**
	 * Counts and writes the import file ({@code :START_ID,:END_ID,firms:long,firstFirms:string[],source}).
	 * @return the relationships written
	 */
	long write(Path file) {
		// Firms in name order (then key, as Cypher's ORDER BY e.nameKey, e.id): a pair meets its first firms first.
		int[] byRank = firmsByName();
		var rank = new int[this.firmKey.length];
		Arrays.fill(rank, -1);
		for (int i = 0; i < byRank.length; i++) {
			rank[byRank[i]] = i;
		}
		var pairs = new long[this.linkCount / 2];
		int n = 0;
		for (int i = 0; i < pairs.length; i++) {
			int firm = this.links[2 * i];
			if (firm < rank.length && rank[firm] >= 0) {
				pairs[n++] = ((long) rank[firm] << 32) | (this.links[2 * i + 1] & 0xFFFFFFFFL);
			}
		}
		this.links = null;
		pairs = Arrays.copyOf(pairs, n);
		Arrays.sort(pairs);
		var counts = new LongIntCounts();
		var segmentOwners = new HashMap<Integer, int[]>();
		var regionsAbove = new HashMap<Integer, int[]>();
		var owners = new IntList();
		for (int from = 0; from < pairs.length;) {
			long ranked = pairs[from] >>> 32;
			int firm = byRank[(int) ranked];
			int to = from;
			owners.clear();
			while (to < pairs.length && pairs[to] >>> 32 == ranked) {
				int segment = (int) pairs[to];
				for (int owner : segmentOwners.computeIfAbsent(segment, this::owners)) {
					owners.addDistinct(owner);
				}
				to++;
			}
			from = to;
			int region = firm < this.regionOf.length ? this.regionOf[firm] : -1;
			if (region < 0 || owners.size == 0) {
				continue;
			}
			for (int counted : regionsAbove.computeIfAbsent(region, this::regionsAbove)) {
				for (int i = 0; i < owners.size; i++) {
					int owner = owners.values[i];
					counts.increment(((long) owner << 32) | (counted & 0xFFFFFFFFL),
							this.segmentChain.containsKey(owner) ? firm : -1);
				}
			}
		}
		try (var writer = new CsvWriter(file)) {
			writer.record(":START_ID", ":END_ID", "firms:long", "firstFirms:string[]", "source");
			var first = new StringBuilder();
			counts.forEach((key, count, firstFirms) -> {
				first.setLength(0);
				for (int i = 0; i < firstFirms.length; i++) {
					if (i > 0) {
						first.append(ImportFiles.ARRAY_DELIMITER);
					}
					first.append(this.firmKey[firstFirms[i]]);
				}
				writer.record(Long.toString(key >>> 32), Long.toString(key & 0xFFFFFFFFL), Integer.toString(count),
						firstFirms.length == 0 ? null : first.toString(), "derived");
			});
			return writer.records() - 1;
		}
		finally {
			// Written once: what was kept (a million keys and more) goes before the importer needs the heap.
			this.firmKey = null;
			this.regionOf = null;
		}
	}

	/** The firms' node ids in the order by name, then key (the names are not needed after). */
	private int[] firmsByName() {
		var ordered = new Integer[this.firms];
		int n = 0;
		for (int id = 0; id < this.firmKey.length && n < ordered.length; id++) {
			if (this.firmKey[id] != null) {
				ordered[n++] = id;
			}
		}
		Arrays.sort(ordered, 0, n, (a, b) -> {
			int byName = compare(this.firmNameKey[a], this.firmNameKey[b]);
			return byName != 0 ? byName : this.firmKey[a].toString().compareTo(this.firmKey[b].toString());
		});
		this.firmNameKey = null;
		var byRank = new int[n];
		for (int i = 0; i < n; i++) {
			byRank[i] = ordered[i];
		}
		return byRank;
	}

	/** Name keys as Cypher orders them, a missing one last. */
	private static int compare(String a, String b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : 1) : -1;
		}
		return a.compareTo(b);
	}

	/** The segment, the segments above it in its chain, and its chain: where a firm in it is counted. */
	private int[] owners(int segment) {
		var chain = this.segmentChain.get(segment);
		if (chain == null) {
			return new int[0]; // a segment of no chain is in no gap table
		}
		var found = new IntList();
		var queue = new ArrayDeque<Integer>();
		queue.add(segment);
		var seen = new java.util.HashSet<Integer>();
		while (!queue.isEmpty()) {
			int s = queue.poll();
			if (!seen.add(s)) {
				continue;
			}
			if (chain.equals(this.segmentChain.get(s))) {
				found.addDistinct(s);
			}
			queue.addAll(this.segmentParents.getOrDefault(s, List.of()));
		}
		found.addDistinct(chain);
		return Arrays.copyOf(found.values, found.size);
	}

	/** The region and the regions up to three PART_OF levels above it, each once. */
	private int[] regionsAbove(int region) {
		var found = new IntList();
		found.addDistinct(region);
		var level = List.of(region);
		for (int depth = 0; depth < REGION_LEVELS; depth++) {
			var next = new ArrayList<Integer>();
			for (int r : level) {
				for (int parent : this.regionParents.getOrDefault(r, List.of())) {
					found.addDistinct(parent);
					next.add(parent);
				}
			}
			level = next;
		}
		return Arrays.copyOf(found.values, found.size);
	}

	/** A small list of ints without repeats (a firm's few segments, a region's few ancestors). */
	private static final class IntList {

		int[] values = new int[8];

		int size;

		void addDistinct(int value) {
			for (int i = 0; i < this.size; i++) {
				if (this.values[i] == value) {
					return;
				}
			}
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		void clear() {
			this.size = 0;
		}

	}

	/**
	 * Counts per long key, open addressing (millions of increments without boxing), with the first {@value #FIRST}
	 * firms counted for each key (when the caller names them).
	 */
	private static final class LongIntCounts {

		private static final long EMPTY = -1L;

		private long[] keys = filled(1 << 16);

		private int[] values = new int[1 << 16];

		private int[] first = new int[FIRST << 16];

		private byte[] named = new byte[1 << 16];

		private int size;

		/** Counts one more for the key; {@code firm} (or -1) is kept while the key has fewer than FIRST. */
		void increment(long key, int firm) {
			if ((this.size + 1) * 4L > this.keys.length * 3L) {
				grow();
			}
			int mask = this.keys.length - 1;
			for (int i = spread(key) & mask;; i = (i + 1) & mask) {
				if (this.keys[i] == EMPTY) {
					this.keys[i] = key;
					this.size++;
				}
				else if (this.keys[i] != key) {
					continue;
				}
				this.values[i]++;
				if (firm >= 0 && this.named[i] < FIRST) {
					this.first[i * FIRST + this.named[i]++] = firm;
				}
				return;
			}
		}

		void forEach(Entry entry) {
			for (int i = 0; i < this.keys.length; i++) {
				if (this.keys[i] != EMPTY) {
					entry.accept(this.keys[i], this.values[i], Arrays.copyOfRange(this.first, i * FIRST, i * FIRST + this.named[i]));
				}
			}
		}

		interface Entry {

			void accept(long key, int value, int[] first);

		}

		private void grow() {
			var oldKeys = this.keys;
			var oldValues = this.values;
			var oldFirst = this.first;
			var oldNamed = this.named;
			this.keys = filled(oldKeys.length * 2);
			this.values = new int[oldKeys.length * 2];
			this.first = new int[oldKeys.length * 2 * FIRST];
			this.named = new byte[oldKeys.length * 2];
			int mask = this.keys.length - 1;
			for (int j = 0; j < oldKeys.length; j++) {
				if (oldKeys[j] == EMPTY) {
					continue;
				}
				int i = spread(oldKeys[j]) & mask;
				while (this.keys[i] != EMPTY) {
					i = (i + 1) & mask;
				}
				this.keys[i] = oldKeys[j];
				this.values[i] = oldValues[j];
				this.named[i] = oldNamed[j];
				System.arraycopy(oldFirst, j * FIRST, this.first, i * FIRST, FIRST);
			}
		}

		private static long[] filled(int size) {
			var array = new long[size];
			Arrays.fill(array, EMPTY);
			return array;
		}

		private static int spread(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32));
		}

	}

}
