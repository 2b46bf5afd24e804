/**
 * Synthetic data sets in the loader's own format, for load tests and benchmarks: many firms with the skew of real
 * registers (a few provinces and segments hold most firms, long tails), the same bytes for the same seed.
 */
package io.chaingraph.loader.generate;
