package io.chaingraph.api.dataset;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Source;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The loaded data sets, and the ones behind each fact's {@code source}. */
@Controller
public class DataSetController {

	private final GraphReads reads;

	private final Batches batches;

	public DataSetController(GraphReads reads, Batches batches) {
		this.reads = reads;
		this.batches = batches;
	}

	@QueryMapping
	public List<DataSet> dataSets() {
		return this.reads.list("dataset/all", Map.of(), r -> DataSet.of(r.get("item").asMap()));
	}

	/** One statement for every source a request shows: the data sets all of them name. */
	@BatchMapping(typeName = "Source", field = "dataSets")
	public Map<Source, List<DataSet>> dataSets(List<Source> sources) {
		var keys = new LinkedHashSet<String>();
		sources.forEach(s -> keys.addAll(s.dataSetKeys()));
		var byKey = this.batches.byKeys("dataset/by-keys", keys, DataSet::of);
		var result = new LinkedHashMap<Source, List<DataSet>>();
		// A data set id with no DataSet node (none known to happen) is left out rather than made up.
		sources.forEach(s -> result.put(s, s.dataSetKeys().stream().map(byKey::get).filter(Objects::nonNull).toList()));
		return result;
	}

}
