/**
 * Benchmarks run as commands ({@code ./chaingraph bench …}): they print figures, they assert nothing.
 */
package io.chaingraph.standalone.bench;
