/**
 * Chain gaps (产业链断点与短板): for a chain and a region, every segment with the region's firms in it, its status
 * (MISSING 断点, WEAK 短板, COVERED), the region's 链主 in it, the nearest regions that cover a gap, and a summary.
 */
package io.chaingraph.api.gap;
