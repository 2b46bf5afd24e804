package io.chaingraph.api.gap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The GraphQL type {@code GapSummary}: the gap table in a few numbers, each counted from the table itself.
 *
 * @param segments all segments of the chain's tree
 * @param missing segments with status MISSING
 * @param weak segments with status WEAK
 * @param covered segments with status COVERED
 * @param coveredSegments segments with at least one firm of the region (WEAK + COVERED)
 * @param coverageRatio coveredSegments / segments (0 when the chain has no segment)
 * @param byPosition the same counts per position (上游 / 中游 / 下游)
 * @param gapsMostlyAt the position holding the most gaps (MISSING + WEAK), null when there is none, a tie, or no
 *        firm of the region in the chain (every segment a gap)
 * @param text the summary in one Chinese sentence
 */
public record GapSummary(int segments, int missing, int weak, int covered, int coveredSegments, double coverageRatio,
		List<PositionGaps> byPosition, String gapsMostlyAt, String text) {

	/** Counts of one position (UPSTREAM, MIDSTREAM, DOWNSTREAM). */
	public record PositionGaps(String position, int segments, int missing, int weak, int covered) {

		public int gaps() {
			return this.missing + this.weak;
		}

	}

	private static final List<String> POSITIONS = List.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM");

	private static final Map<String, String> POSITION_LABELS = Map.of("UPSTREAM", "上游", "MIDSTREAM", "中游",
			"DOWNSTREAM", "下游");

	public static String positionLabel(String position) {
		return POSITION_LABELS.getOrDefault(position, position);
	}

	static GapSummary of(List<SegmentGap> rows) {
		var counts = new EnumMap<GapStatus, Integer>(GapStatus.class);
		for (var status : GapStatus.values()) {
			counts.put(status, 0);
		}
		rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
		var byPosition = new ArrayList<PositionGaps>();
		for (var position : POSITIONS) {
			var in = rows.stream().filter(r -> position.equals(r.segment().position())).toList();
			if (!in.isEmpty()) {
				byPosition.add(new PositionGaps(position, in.size(), count(in, GapStatus.MISSING), count(in, GapStatus.WEAK),
						count(in, GapStatus.COVERED)));
			}
		}
		int missing = counts.get(GapStatus.MISSING);
		int weak = counts.get(GapStatus.WEAK);
		int covered = counts.get(GapStatus.COVERED);
		int coveredSegments = rows.size() - missing;
		double ratio = rows.isEmpty() ? 0 : (double) coveredSegments / rows.size();
		// With no firm of the region in the chain every segment is a gap: where most of them lie is only where most
		// segments lie ("主要在上游" of a chain the region has nothing of).
		var mostly = coveredSegments == 0 ? null : mostly(byPosition);
		return new GapSummary(rows.size(), missing, weak, covered, coveredSegments, ratio, byPosition, mostly,
				text(rows.size(), missing, weak, coveredSegments, ratio, byPosition, mostly));
	}

	private static int count(List<SegmentGap> rows, GapStatus status) {
		return (int) rows.stream().filter(r -> r.status() == status).count();
	}

	private static String mostly(List<PositionGaps> byPosition) {
		int best = byPosition.stream().mapToInt(PositionGaps::gaps).max().orElse(0);
		var top = byPosition.stream().filter(p -> p.gaps() == best).toList();
		return best == 0 || top.size() != 1 ? null : top.getFirst().position();
	}

	private static String text(int segments, int missing, int weak, int coveredSegments, double ratio,
			List<PositionGaps> byPosition, String mostly) {
		var text = new StringBuilder();
		text.append("共 ").append(segments).append(" 个环节，有企业覆盖 ").append(coveredSegments).append(" 个（覆盖率 ")
			.append(Math.round(ratio * 1000) / 10.0).append("%），断点 ").append(missing).append(" 个、短板 ")
			.append(weak).append(" 个");
		if (coveredSegments == 0 && segments > 0) {
			text.append("；本地区在该链尚无企业，各环节均为断点");
		}
		else if (missing + weak > 0) {
			text.append("；缺口分布：");
			var parts = byPosition.stream()
				.filter(p -> p.gaps() > 0)
				.map(p -> positionLabel(p.position()) + " " + p.gaps() + " 个")
				.toList();
			text.append(String.join("、", parts));
			if (mostly != null) {
				text.append("，主要在").append(positionLabel(mostly));
			}
		}
		return text.append('。').toString();
	}

}
