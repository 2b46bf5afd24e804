package io.chaingraph.loader.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0 … n-1} with probability proportional to {@code 1 / (rank + 1)^s}: the first few ranks take most
 * draws, the rest form a long tail, as firms do over provinces and segments.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		if (n < 1) {
			throw new IllegalArgumentException("a Zipf distribution needs at least one rank");
		}
		this.cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			this.cumulative[rank] = sum;
		}
		for (int rank = 0; rank < n; rank++) {
			this.cumulative[rank] /= sum;
		}
	}

	/** The next rank. */
	int next(SplittableRandom random) {
		int index = Arrays.binarySearch(this.cumulative, random.nextDouble());
		int rank = index >= 0 ? index + 1 : -index - 1;
		return Math.min(rank, this.cumulative.length - 1);
	}

	/** The share of draws rank {@code rank} gets. */
	double share(int rank) {
		return this.cumulative[rank] - (rank == 0 ? 0 : this.cumulative[rank - 1]);
	}

}
