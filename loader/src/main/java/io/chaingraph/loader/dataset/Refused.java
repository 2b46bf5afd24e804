package io.chaingraph.loader.dataset;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What reading refused for a problem of its own, already reported: the keys of refused records (a firm whose row has
 * a wrong year, a chain whose file has a wrong position), and the key spaces whose file could not be read at all (a
 * required column missing). A reference to them names the record the person meant, so it is not reported again as
 * unknown: one mistake reads as one problem, not as one more for every line that mentions the record. Nothing is
 * written either way, since any problem stops the load.
 */
final class Refused {

	private final Map<KeySpace, Set<String>> keys = new EnumMap<>(KeySpace.class);

	private final Set<KeySpace> unread = EnumSet.noneOf(KeySpace.class);

	/** A record of this key was refused. */
	void key(KeySpace space, String key) {
		this.keys.computeIfAbsent(space, s -> new HashSet<>()).add(key);
	}

	/** The file that defines this key space could not be read, so no reference into it can be checked. */
	void all(KeySpace space) {
		this.unread.add(space);
	}

	/** Whether a reference to this key names something refused rather than something unknown. */
	boolean covers(KeySpace space, Object key) {
		return this.unread.contains(space) || this.keys.getOrDefault(space, Set.of()).contains(key);
	}

}
