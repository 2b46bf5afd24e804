/**
 * Regional overlap (区域产业重合度与互补性): which segments and chains several regions cover together or alone, how
 * similar they are (Jaccard over covered segments), which gaps of one region another covers, and firm counts per
 * segment side by side.
 */
package io.chaingraph.api.overlap;
