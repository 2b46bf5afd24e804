package io.chaingraph.loader.dataset;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What reading a data set asks of the graph it is to be loaded into. */
public interface InGraph {

	/** Which of these keys already name a node in the graph. */
	Set<String> existing(KeySpace space, Collection<String> keys);

	/**
	 * Which of these keys, all in the graph, name a node a {@code --prune} of data set {@code dataset} would delete
	 * (one it alone lists, as {@code load/prune-nodes} decides), each with its name (null when it has none).
	 */
	Map<String, String> prunable(String dataset, KeySpace space, Collection<String> keys);

	/** How the graph records data set {@code id}: its name and the day it was last loaded; null when it has none. */
	Recorded recorded(String id);

	/** Which firms of the graph already have some credit codes or stock codes ({@link HeldValues}). */
	Map<String, List<HeldValues.Holder>> holders(String column, Collection<String> values);

	/** Which of some region codes name a cooperation area of the graph, with its members ({@link CooperationAreas}). */
	List<CooperationAreas.Area> cooperationAreas(Collection<String> codes);

	/** A data set as the graph records it. */
	record Recorded(String name, String loadedOn) {
	}

}
