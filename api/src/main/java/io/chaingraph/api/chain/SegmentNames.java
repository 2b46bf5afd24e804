package io.chaingraph.api.chain;

import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Names;

import org.springframework.stereotype.Component;

/** Segments by name, else by alias (电解铜箔), for the filters that take one ({@code segment/by-name}). */
@Component
public class SegmentNames extends Names<Segment> {

	public SegmentNames(GraphReads reads) {
		super(reads, "Segment 环节", "segment/by-name", "segment/by-keys", "segment/suggest", Segment::of, Segment::key,
				Segment::name, s -> s.name() + " (" + s.key() + ")",
				"give the key <chain id>/<segment id> (环节名称不唯一，请改用环节编号)");
	}

}
