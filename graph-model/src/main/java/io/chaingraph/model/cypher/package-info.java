/**
 * Named Cypher files from the {@code cypher/} module, loaded from the classpath by name.
 */
package io.chaingraph.model.cypher;
