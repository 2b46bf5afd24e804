package io.chaingraph.standalone.bulk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap a phase used: the JVM's used heap sampled every 10 ms on a daemon thread, and the sum of the heap
 * pools' own peaks (which catch spikes between samples but may add peaks of different moments: an upper bound).
 */
final class HeapMeter implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final Thread sampler;

	private volatile boolean running = true;

	HeapMeter() {
		var memory = ManagementFactory.getMemoryMXBean();
		this.sampler = Thread.ofPlatform().daemon().name("heap-meter").start(() -> {
			while (this.running) {
				this.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	/** Starts a new phase: forgets the peaks so far. */
	void reset() {
		this.peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
	}

	/** The highest used heap sampled since the last reset, in bytes. */
	long sampledPeak() {
		return this.peak.get();
	}

	/** The sum of the heap pools' peaks since the last reset, in bytes: an upper bound. */
	long poolPeaks() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

	/** The maximum heap (-Xmx), in bytes. */
	static long max() {
		return Runtime.getRuntime().maxMemory();
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

}
