package io.chaingraph.api.chain;

import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Names;

import org.springframework.stereotype.Component;

/** Chains by name, else by alias (有色金属, 铜产业链, LED) ({@code chain/by-name}). */
@Component
public class ChainNames extends Names<Chain> {

	public ChainNames(GraphReads reads) {
		super(reads, "Chain 产业链", "chain/by-name", "chain/by-keys", "chain/suggest", Chain::of, Chain::key, Chain::name,
				c -> c.name() + " (" + c.key() + ")", "give the key or the id (产业链名称不唯一，请改用产业链编号或 ID)");
	}

}
