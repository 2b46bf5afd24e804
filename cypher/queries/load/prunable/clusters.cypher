// Which of the given keys name a Cluster that a --prune of $dataset would delete (清理将删除的集群): one this data set
// alone lists and the ChainKnowledgeGraph import does not state, as load/prune-nodes decides. The loader asks it for
// the keys a data set's rows name but no longer define, so that such a row is refused rather than lost.
// Parameters: $keys, a list of Cluster.id values; $dataset, the data set's id.
// Example:    :param keys => ['nc-aviation']
//             :param dataset => 'example'
UNWIND $keys AS key
MATCH (n:Cluster {id: key})
WHERE $dataset IN coalesce(n.datasets, []) AND size([d IN n.datasets WHERE d <> $dataset]) = 0
  AND n.chainkgSource IS NULL
RETURN collect(DISTINCT {key: key, name: n.name}) AS found
