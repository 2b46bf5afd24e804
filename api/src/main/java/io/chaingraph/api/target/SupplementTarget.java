package io.chaingraph.api.target;

import java.util.List;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.Enterprise;

/**
 * The GraphQL type {@code SupplementTarget}: a firm outside the region that fills some of its gaps, with its score and
 * the reasons that make it up (the weights of the reasons add up to the score).
 *
 * @param enterprise the firm
 * @param score the sum of the reasons' weights
 * @param reasons why it ranks here
 * @param fills the gap segments it fills (the most specific ones)
 */
public record SupplementTarget(Enterprise enterprise, int score, List<TargetReason> reasons, List<Segment> fills) {
}
