package io.chaingraph.api.target;

import java.util.List;

import io.chaingraph.api.chain.Segment;

/**
 * The GraphQL type {@code TargetReason}: one reason of a target's score.
 *
 * @param code what kind of reason
 * @param label the reason in Chinese
 * @param weight the points it adds (from {@link TargetWeights})
 * @param detail what exactly: the segments filled, the tag, the neighbouring region, the partner firms …
 * @param segments the gap segments it is about, for the gap reasons
 */
public record TargetReason(ReasonCode code, String label, int weight, String detail, List<Segment> segments) {

	static TargetReason of(ReasonCode code, int weight, String detail) {
		return new TargetReason(code, code.label(), weight, detail, List.of());
	}

	static TargetReason of(ReasonCode code, int weight, String detail, List<Segment> segments) {
		return new TargetReason(code, code.label(), weight, detail, segments);
	}

}
