/**
 * The one Neo4j a test run shares, and helpers around it.
 */
package io.chaingraph.testsupport;
