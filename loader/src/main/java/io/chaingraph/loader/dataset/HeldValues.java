package io.chaingraph.loader.dataset;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Which firms in the graph already have some values of a {@link UniqueColumn} (a credit code, a stock code). */
@FunctionalInterface
public interface HeldValues {

	/** The graph has no firms: a first load, a check of a data set on its own. */
	HeldValues NONE = (column, values) -> Map.of();

	/**
	 * @param column the {@link UniqueColumn#column()}
	 * @param values the values the data set uses
	 * @return for each value some firm in the graph has, every such firm
	 */
	Map<String, List<Holder>> holders(String column, Collection<String> values);

	/**
	 * A firm in the graph with one of the values.
	 *
	 * @param id its id
	 * @param name its name
	 * @param datasets the data sets that list it (empty when none does, e.g. the ChainKnowledgeGraph import's)
	 * @param source where it comes from, for a firm no data set lists
	 */
	record Holder(String id, String name, List<String> datasets, String source) {
	}

}
