/**
 * The first load of a large data set into an empty embedded store through Neo4j's offline bulk importer, and the
 * load benchmark that measures it against the transactional and the naive one-row-per-transaction paths.
 */
package io.chaingraph.standalone.bulk;
