/**
 * The input of Neo4j's offline bulk importer ({@code neo4j-admin database import full}), written from the same rows a
 * transactional load writes: for the first load of a large data set into an empty store. Running the importer needs
 * Neo4j itself and lives in the standalone bundle; this package only writes CSV files.
 */
package io.chaingraph.loader.bulk;
